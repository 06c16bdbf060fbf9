import { loadCatalog } from '../index.js';
import { cards } from './cards/index.js';
import { growth } from './growth.js';
import { offers } from './offers.js';
import { rounds } from './rounds.js';
import type { InterviewCatalog, InterviewCatalogInput, Level, SalaryBand } from './schema.js';
import { validateInterviewCatalog } from './validate.js';

export type {
  DesignSection,
  GrowthCatalog,
  GrowthStage,
  GrowthStageId,
  InterviewCard,
  InterviewCatalog,
  InterviewTopic,
  Level,
  OffersCatalog,
  Round,
  RoundInfo,
  SalaryBand,
} from './schema.js';
export {
  DESIGN_SECTIONS,
  GROWTH_STAGES,
  INTERVIEW_TOPICS,
  LEVELS,
  ROUNDS,
  TOPIC_SPECIALIZATION,
} from './schema.js';
export { validateInterviewCatalog } from './validate.js';

/** The interview catalog exactly as written in this folder, before validation (tests break copies). */
export const interviewCatalogData: InterviewCatalogInput = { cards, rounds, offers, growth };

let loaded: InterviewCatalog | undefined;

/**
 * The validated interview catalog, checked against the main catalog's skill ids; validation runs
 * once per process and throws a CatalogError on a bad catalog.
 */
export function loadInterviewCatalog(): InterviewCatalog {
  loaded ??= validateInterviewCatalog(
    interviewCatalogData,
    new Set(loadCatalog().skills.map((skill) => skill.id)),
  );
  return loaded;
}

/** The salary band for a level, with the bands' currency, basis, source and caveat. */
export function bandFor(level: Level): SalaryBand & {
  currency: string;
  basis: InterviewCatalog['offers']['bands']['basis'];
  region: string;
  source: InterviewCatalog['offers']['bands']['source'];
  caveat: string;
} {
  const { bands } = loadInterviewCatalog().offers;
  const band = bands.levels.find((entry) => entry.level === level);
  if (!band) throw new RangeError(`no salary band for level "${level}"`);
  return {
    ...band,
    currency: bands.currency,
    basis: bands.basis,
    region: bands.region,
    source: bands.source,
    caveat: bands.caveat,
  };
}
