import { describeIssues } from '../../core/profile.js';
import { CatalogError } from '../validate.js';
import {
  DESIGN_SECTIONS,
  GROWTH_STAGES,
  type InterviewCatalog,
  InterviewCatalogSchema,
  LEVELS,
  ROUNDS,
  STAR_PARTS,
} from './schema.js';

const duplicates = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

const sameOrder = (actual: readonly string[], expected: readonly string[]) =>
  actual.length === expected.length && actual.every((value, index) => value === expected[index]);

/**
 * Validates the interview catalog's shape and its rules; throws a CatalogError naming the first
 * problem. `skillIds` are the main catalog's skills, which cards may reference.
 *
 * Rules beyond the schema: unique card ids and no repeated round on a card; known skill ids;
 * system-design cards carry an outline with every section once, in order, and no other card does;
 * behavioral cards answer with a list, and those tagged `star` cover situation, task, action and
 * result in that order; rounds listed once each in loop order with min ≤ max minutes; one salary
 * band per level, ascending, low < high; unique negotiation ids; growth stages in order with
 * contiguous years and unique goal ids.
 */
export function validateInterviewCatalog(
  input: unknown,
  skillIds: ReadonlySet<string>,
): InterviewCatalog {
  const parsed = InterviewCatalogSchema.safeParse(input);
  if (!parsed.success) {
    const issue = describeIssues(parsed.error, 'interview')[0];
    throw new CatalogError(`${issue?.path}: ${issue?.message}`);
  }
  const catalog = parsed.data;

  const repeatedCard = duplicates(catalog.cards.map((card) => card.id));
  if (repeatedCard.length > 0) throw new CatalogError(`duplicate card id "${repeatedCard[0]}"`);

  for (const card of catalog.cards) {
    const repeatedRound = duplicates(card.rounds);
    if (repeatedRound.length > 0) {
      throw new CatalogError(`card "${card.id}" lists round "${repeatedRound[0]}" twice`);
    }
    for (const id of card.skills ?? []) {
      if (!skillIds.has(id))
        throw new CatalogError(`card "${card.id}" uses an unknown skill "${id}"`);
    }
    const repeatedTag = duplicates(card.tags ?? []);
    if (repeatedTag.length > 0) {
      throw new CatalogError(`card "${card.id}" lists tag "${repeatedTag[0]}" twice`);
    }
    if (card.topic === 'system-design') {
      const sections = (card.outline ?? []).map((entry) => entry.section);
      if (!sameOrder(sections, DESIGN_SECTIONS)) {
        throw new CatalogError(
          `system-design card "${card.id}" needs an outline with ${DESIGN_SECTIONS.join(', ')} in that order`,
        );
      }
    } else if (card.outline) {
      throw new CatalogError(`card "${card.id}" has an outline but is not a system-design card`);
    }
    if (card.topic === 'behavioral') {
      if (!Array.isArray(card.answer)) {
        throw new CatalogError(`behavioral card "${card.id}" must answer with a list of points`);
      }
      if (card.tags?.includes('star')) {
        const parts = card.answer
          .map((point) => point.split(':')[0]?.trim().toLowerCase())
          .filter((label): label is (typeof STAR_PARTS)[number] =>
            (STAR_PARTS as readonly string[]).includes(label ?? ''),
          );
        if (!sameOrder(parts, STAR_PARTS)) {
          throw new CatalogError(
            `STAR card "${card.id}" needs points starting "Situation:", "Task:", "Action:", "Result:" in order`,
          );
        }
      }
    }
  }

  if (
    !sameOrder(
      catalog.rounds.map((round) => round.id),
      ROUNDS,
    )
  ) {
    throw new CatalogError(`rounds must be listed once each, in order: ${ROUNDS.join(', ')}`);
  }
  for (const round of catalog.rounds) {
    if (round.minutes.min > round.minutes.max) {
      throw new CatalogError(`round "${round.id}" has more minimum than maximum minutes`);
    }
  }

  const bands = catalog.offers.bands.levels;
  if (
    !sameOrder(
      bands.map((band) => band.level),
      LEVELS,
    )
  ) {
    throw new CatalogError(`salary bands must cover ${LEVELS.join(', ')} once each, in order`);
  }
  for (const [index, band] of bands.entries()) {
    if (band.low >= band.high) throw new CatalogError(`salary band "${band.level}" has low ≥ high`);
    const previous = bands[index - 1];
    if (previous && (band.low < previous.low || band.high < previous.high)) {
      throw new CatalogError(`salary band "${band.level}" is below the level before it`);
    }
  }
  const repeatedItem = duplicates(catalog.offers.negotiation.map((item) => item.id));
  if (repeatedItem.length > 0) {
    throw new CatalogError(`duplicate negotiation item id "${repeatedItem[0]}"`);
  }

  const stages = catalog.growth.stages;
  if (
    !sameOrder(
      stages.map((stage) => stage.id),
      GROWTH_STAGES,
    )
  ) {
    throw new CatalogError(`growth stages must be ${GROWTH_STAGES.join(', ')}, in order`);
  }
  for (const [index, stage] of stages.entries()) {
    const previous = stages[index - 1];
    const expectedFrom = previous ? previous.toYear : 0;
    if (stage.fromYear !== expectedFrom) {
      throw new CatalogError(`growth stage "${stage.id}" must start at year ${expectedFrom}`);
    }
    const last = index === stages.length - 1;
    if (last ? stage.toYear !== null : stage.toYear === null || stage.toYear <= stage.fromYear) {
      throw new CatalogError(
        last
          ? `the last growth stage "${stage.id}" must be open-ended (toYear null)`
          : `growth stage "${stage.id}" must end after it starts`,
      );
    }
  }
  const repeatedGoal = duplicates(stages.flatMap((stage) => stage.goals.map((goal) => goal.id)));
  if (repeatedGoal.length > 0)
    throw new CatalogError(`duplicate growth goal id "${repeatedGoal[0]}"`);

  return catalog;
}
