/** Resume, bullet coaching, cover letters and exports: pure functions, data in and out. */
export * from './bullet-coach.js';
export * from './checks.js';
export * from './cover-letter.js';
export * from './domain.js';
export * from './json-resume.js';
export * from './keywords.js';
export {
  BASE_FONT_SIZE,
  estimatePages,
  FONT_FLOOR,
  FONT_STEPS,
  type PageEstimate,
} from './layout.js';
export * from './markdown.js';
export * from './pdf.js';
export * from './schema.js';
export { type FoundTerm, findCatalogTerms, type TermResolver } from './terms.js';
