import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../index.js';
import { CatalogError } from '../validate.js';
import { bandFor, interviewCatalogData, loadInterviewCatalog } from './index.js';
import {
  DESIGN_SECTIONS,
  GROWTH_STAGES,
  INTERVIEW_TOPICS,
  type InterviewCatalogInput,
  LEVELS,
  ROUNDS,
  TOPIC_SPECIALIZATION,
} from './schema.js';
import { validateInterviewCatalog } from './validate.js';

const catalog = loadInterviewCatalog();
const skillIds = new Set(loadCatalog().skills.map((skill) => skill.id));

/** A deep copy of the shipped input, to break one thing in. */
const cloneInput = (): InterviewCatalogInput => structuredClone(interviewCatalogData);

/** The CatalogError message for an input, or a failure if it is accepted. */
function validationError(input: InterviewCatalogInput): string {
  try {
    validateInterviewCatalog(input, skillIds);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as Error).message;
  }
  throw new Error('expected the interview catalog to be rejected');
}

const cardIndex = (input: InterviewCatalogInput, id: string): number => {
  const index = input.cards.findIndex((card) => card.id === id);
  expect(index, `card ${id}`).toBeGreaterThanOrEqual(0);
  return index;
};

/** Sentences in a prose answer: a full stop, question or exclamation mark before a space or the end. */
const sentences = (text: string) => text.split(/[.!?](?=\s|$)/).filter((part) => part.trim());

describe('shipped interview catalog', () => {
  it('validates and is memoized', () => {
    expect(() => validateInterviewCatalog(interviewCatalogData, skillIds)).not.toThrow();
    expect(loadInterviewCatalog()).toBe(catalog);
  });

  it('has at least 160 cards covering every topic and every round', () => {
    expect(catalog.cards.length).toBeGreaterThanOrEqual(160);
    const byTopic = new Map<string, number>();
    const byRound = new Map<string, number>();
    for (const card of catalog.cards) {
      byTopic.set(card.topic, (byTopic.get(card.topic) ?? 0) + 1);
      for (const round of card.rounds) byRound.set(round, (byRound.get(round) ?? 0) + 1);
    }
    for (const topic of INTERVIEW_TOPICS) {
      const minimum = topic in TOPIC_SPECIALIZATION ? 8 : 10;
      expect(byTopic.get(topic) ?? 0, topic).toBeGreaterThanOrEqual(minimum);
    }
    for (const round of ROUNDS) expect(byRound.get(round) ?? 0, round).toBeGreaterThanOrEqual(10);
  });

  it('has cards at every level, entry level the most common', () => {
    const count = (level: string) => catalog.cards.filter((card) => card.level === level).length;
    for (const level of LEVELS) expect(count(level), level).toBeGreaterThan(0);
    expect(count('entry')).toBeGreaterThan(count('senior'));
  });

  it('keeps prose answers to 2–8 sentences and lists to 2–10 points', () => {
    for (const card of catalog.cards) {
      if (typeof card.answer === 'string') {
        const count = sentences(card.answer).length;
        expect(count, card.id).toBeGreaterThanOrEqual(2);
        expect(count, card.id).toBeLessThanOrEqual(8);
      } else {
        expect(card.answer.length, card.id).toBeGreaterThanOrEqual(2);
        expect(card.answer.length, card.id).toBeLessThanOrEqual(10);
      }
      expect(card.prompt.trim(), card.id).toMatch(/[.?]$|`$/);
    }
  });

  it('links every technical card to at least one catalog skill', () => {
    for (const card of catalog.cards) {
      expect(card.skills?.length ?? 0, card.id).toBeGreaterThan(0);
      for (const id of card.skills ?? []) expect(skillIds, `${card.id} → ${id}`).toContain(id);
    }
  });

  it('tags specialization cards with the specialization’s own skills', () => {
    const specializationOf = new Map(
      loadCatalog().skills.map((skill) => [skill.id, skill.specialization]),
    );
    for (const [topic, specialization] of Object.entries(TOPIC_SPECIALIZATION)) {
      const cards = catalog.cards.filter((card) => card.topic === topic);
      const own = cards.filter((card) =>
        (card.skills ?? []).some((id) => specializationOf.get(id) === specialization),
      );
      // Most cards of a specialization topic exercise that specialization's skills.
      expect(own.length / cards.length, topic).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('gives every system-design card the full outline and no other card one', () => {
    const designs = catalog.cards.filter((card) => card.topic === 'system-design');
    expect(designs.length).toBeGreaterThanOrEqual(10);
    for (const card of designs) {
      expect(
        card.outline?.map((entry) => entry.section),
        card.id,
      ).toEqual([...DESIGN_SECTIONS]);
      expect(card.rounds, card.id).toContain('system-design');
    }
    for (const card of catalog.cards.filter((entry) => entry.topic !== 'system-design')) {
      expect(card.outline, card.id).toBeUndefined();
    }
  });

  it('has behavioral cards that are mostly STAR stories, plus the recruiter-screen pitches', () => {
    const behavioral = catalog.cards.filter((card) => card.topic === 'behavioral');
    const star = behavioral.filter((card) => card.tags?.includes('star'));
    expect(star.length).toBeGreaterThanOrEqual(8);
    for (const card of behavioral) {
      expect(Array.isArray(card.answer), card.id).toBe(true);
      expect(card.tags?.includes('star') || card.tags?.includes('pitch'), card.id).toBe(true);
    }
    const ids = behavioral.map((card) => card.id);
    for (const id of [
      'beh-tell-me-about-yourself',
      'beh-why-switch-to-ml',
      'beh-salary-expectations',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('describes the six rounds with 4–8 checklist items, and a 4–6 hour final round', () => {
    expect(catalog.rounds.map((round) => round.id)).toEqual([...ROUNDS]);
    for (const round of catalog.rounds) {
      expect(round.checklist.length, round.id).toBeGreaterThanOrEqual(4);
      expect(round.checklist.length, round.id).toBeLessThanOrEqual(8);
    }
    const onsite = catalog.rounds.find((round) => round.id === 'onsite');
    expect(onsite?.minutes).toEqual({ min: 240, max: 360 });
    expect(onsite?.typicalLength).toContain('4–6 hours');
    const screen = catalog.rounds.find((round) => round.id === 'technical-screen');
    expect(screen?.checklist.join(' ')).toContain('200');
  });

  it('carries the seed salary bands per level with source and caveat', () => {
    const { bands } = catalog.offers;
    expect(bands).toMatchObject({ currency: 'USD', basis: 'total-compensation' });
    expect(bands.source.year).toBe(2025);
    expect(bands.caveat.length).toBeGreaterThan(100);
    expect(bands.levels.map(({ level, low, high }) => [level, low / 100, high / 100])).toEqual([
      ['entry', 150_000, 200_000],
      ['mid', 200_000, 300_000],
      ['senior', 300_000, 500_000],
    ]);
    expect(bandFor('mid')).toMatchObject({ level: 'mid', low: 20_000_000, currency: 'USD' });
    expect(() => bandFor('staff' as never)).toThrow(RangeError);
  });

  it('has a negotiation checklist with a reason for every item', () => {
    expect(catalog.offers.negotiation.length).toBeGreaterThanOrEqual(8);
    const ids = catalog.offers.negotiation.map((item) => item.id);
    for (const id of ['research-the-range', 'compare-total-compensation', 'separate-one-off-pay']) {
      expect(ids).toContain(id);
    }
  });

  it('has three contiguous growth stages from year 0', () => {
    expect(catalog.growth.stages.map((stage) => [stage.id, stage.fromYear, stage.toYear])).toEqual([
      [GROWTH_STAGES[0], 0, 2],
      [GROWTH_STAGES[1], 2, 5],
      [GROWTH_STAGES[2], 5, null],
    ]);
  });
});

describe('loader errors', () => {
  it('names a duplicate card id', () => {
    const input = cloneInput();
    const copy = structuredClone(input.cards[0]);
    if (copy) input.cards.push(copy);
    expect(validationError(input)).toBe(`duplicate card id "${copy?.id}"`);
  });

  it('names an unknown skill', () => {
    const input = cloneInput();
    input.cards[cardIndex(input, 'sql-join-types')]?.skills?.push('spreadsheets');
    expect(validationError(input)).toBe(
      'card "sql-join-types" uses an unknown skill "spreadsheets"',
    );
  });

  it('gives the field path of an unknown topic, an unknown round and an empty answer', () => {
    const topic = cloneInput();
    (topic.cards[3] as { topic: string }).topic = 'astrology';
    expect(validationError(topic)).toMatch(/^interview\.cards\.3\.topic: /);

    const round = cloneInput();
    (round.cards[5]?.rounds as string[] | undefined)?.push('karaoke');
    expect(validationError(round)).toMatch(/^interview\.cards\.5\.rounds\.\d+: /);

    const answer = cloneInput();
    const card = answer.cards[7];
    if (card) card.answer = '   ';
    expect(validationError(answer)).toMatch(/^interview\.cards\.7\.answer: /);
  });

  it('rejects a round listed twice on a card', () => {
    const input = cloneInput();
    const card = input.cards[cardIndex(input, 'python-two-sum')];
    card?.rounds.push('technical-screen');
    expect(validationError(input)).toBe(
      'card "python-two-sum" lists round "technical-screen" twice',
    );
  });

  it('rejects a system-design card without its full outline, and an outline elsewhere', () => {
    const missing = cloneInput();
    missing.cards[cardIndex(missing, 'design-payment-fraud')]?.outline?.splice(4, 1);
    expect(validationError(missing)).toMatch(/^system-design card "design-payment-fraud" needs/);

    const stray = cloneInput();
    const design = stray.cards[cardIndex(stray, 'design-payment-fraud')];
    const python = stray.cards[cardIndex(stray, 'python-two-sum')];
    if (python && design) python.outline = design.outline;
    expect(validationError(stray)).toBe(
      'card "python-two-sum" has an outline but is not a system-design card',
    );
  });

  it('rejects a STAR card that skips a part', () => {
    const input = cloneInput();
    const card = input.cards[cardIndex(input, 'beh-failure')];
    if (card && Array.isArray(card.answer))
      card.answer = card.answer.filter((p) => !p.startsWith('Task:'));
    expect(validationError(input)).toMatch(/^STAR card "beh-failure" needs/);
  });

  it('rejects a band below the level before it and growth stages with gaps', () => {
    const bands = cloneInput();
    const senior = bands.offers.bands.levels[2];
    if (senior) senior.low = 100;
    expect(validationError(bands)).toBe('salary band "senior" is below the level before it');

    const growth = cloneInput();
    const stage = growth.growth.stages[1];
    if (stage) stage.fromYear = 3;
    expect(validationError(growth)).toBe('growth stage "years-3-5" must start at year 2');
  });

  it('rejects unknown fields', () => {
    const input = cloneInput();
    (input.cards[0] as Record<string, unknown>).difficulty = 'hard';
    expect(validationError(input)).toBe('interview.cards.0.difficulty: unknown field "difficulty"');
  });
});
