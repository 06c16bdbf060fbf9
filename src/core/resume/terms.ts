import { loadCatalog, resolveAlias } from '../../catalog/index.js';

/** Maps a term as written ("PyTorch", "k8s", "machine learning") to a catalog id, if any. */
export type TermResolver = (term: string) => string | undefined;

/** One catalog skill or technology named in a text, as the text writes it. */
export interface FoundTerm {
  id: string;
  /** The words exactly as they appear in the text (never the catalog's own title). */
  text: string;
  start: number;
  end: number;
}

/**
 * Terms that are everyday words or a résumé's "CV" in lower case; the catalog asks analyzers to
 * take them only as written with a capital (ML, CV, Go, R, Spark).
 */
const NEEDS_CAPITAL = new Set([
  'ml',
  'dl',
  'cv',
  'tf',
  'hf',
  'f1',
  'eda',
  'r',
  'go',
  'ray',
  'spark',
  'rust',
  'feast',
  'uv',
  'chroma',
  'darts',
  'prophet',
  'lightning',
  'shell',
  'terminal',
  'cloud',
  'stats',
  'scala',
]);

const TOKEN = /[A-Za-z0-9][A-Za-z0-9+#&./'’-]*[A-Za-z0-9+#]|[A-Za-z0-9]/g;
const MAX_WORDS = 4;

/**
 * Every catalog skill or technology a text names, longest phrase first, left to right. Phrases
 * never span punctuation, so "Python, SQL" is two terms and "machine learning" is one.
 */
export function findCatalogTerms(text: string, resolve: TermResolver = resolveAlias): FoundTerm[] {
  const tokens = [...text.matchAll(TOKEN)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const found: FoundTerm[] = [];
  let index = 0;
  while (index < tokens.length) {
    let matched = 0;
    for (let size = Math.min(MAX_WORDS, tokens.length - index); size >= 1; size--) {
      const window = tokens.slice(index, index + size);
      const joinedBySpace = window.every(
        (token, position) =>
          position === 0 || /^\s+$/.test(text.slice(window[position - 1]?.end, token.start)),
      );
      if (!joinedBySpace) continue;
      const first = window[0];
      const last = window[window.length - 1];
      if (!first || !last) continue;
      const phrase = text.slice(first.start, last.end);
      const id = resolve(phrase.replace(/\s+/g, ' '));
      if (!id) continue;
      if (
        size === 1 &&
        NEEDS_CAPITAL.has(phrase.toLowerCase()) &&
        phrase === phrase.toLowerCase()
      ) {
        continue;
      }
      found.push({ id, text: phrase, start: first.start, end: last.end });
      matched = size;
      break;
    }
    index += matched || 1;
  }
  return found;
}

let skillOfTechnology: Map<string, string> | undefined;

/** The catalog skill a technology is evidence of (`lightgbm` → `gradient-boosting`). */
export function technologySkill(id: string): string | undefined {
  skillOfTechnology ??= new Map(loadCatalog().technologies.map((tech) => [tech.id, tech.skill]));
  return skillOfTechnology.get(id);
}

let titles: Map<string, string> | undefined;

/** A catalog id's display title, or the id itself when the catalog has no such entry. */
export function catalogTitle(id: string): string {
  titles ??= new Map(
    [...loadCatalog().skills, ...loadCatalog().technologies].map((item) => [item.id, item.title]),
  );
  return titles.get(id) ?? id;
}
