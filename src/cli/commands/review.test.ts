import { describe, expect, it } from 'vitest';
import {
  INTERVIEW_TOPICS,
  type InterviewCard,
  LEVELS,
  loadInterviewCatalog,
} from '../../catalog/interview/index.js';
import { gradeCard, newCardState } from '../../core/interview/srs.js';
import { cliUnderTest, expectUsageError, jsonOf } from '../testing.js';

const { mlpath } = cliUnderTest();

const { cards } = loadInterviewCatalog();
/** The first card never seen is offered first: by level, then in catalog order. */
const firstNew = (pool: readonly InterviewCard[]) =>
  [...pool].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level))[0] as InterviewCard;
const first = firstNew(cards);
const sqlCards = cards.filter((card) => card.topic === 'sql');
const answerStart = (card: InterviewCard) =>
  (typeof card.answer === 'string' ? card.answer : (card.answer[0] ?? '')).slice(0, 40);

interface Due {
  topics: { topic: string; due: number; new: number; total: number }[];
  totals: { due: number; new: number; total: number };
  nextDue: string | null;
}

const stored = async () => {
  const { data } = jsonOf<{ data: Record<string, unknown[] | undefined> }>(
    await mlpath(['export', '-']),
  );
  return { states: data.card_states ?? [], reviews: data.card_reviews ?? [] };
};

describe('mlpath cards and mlpath review', () => {
  it('counts every card as new for a new account and shows the next question without its answer', {
    timeout: 90_000,
  }, async () => {
    expect((await mlpath(['user', 'create', '--email', 'ada@example.test'])).code).toBe(0);
    const due = jsonOf<Due>(await mlpath(['cards', 'due', '--json']));
    expect(due.totals).toEqual({ due: 0, new: cards.length, total: cards.length });
    expect(due.topics.map((row) => row.topic)).toEqual([...INTERVIEW_TOPICS]);
    expect(due.topics.find((row) => row.topic === 'sql')).toEqual({
      topic: 'sql',
      due: 0,
      new: sqlCards.length,
      total: sqlCards.length,
    });
    expect(due.nextDue).toBeNull();

    const next = jsonOf<{
      card: { id: string; topic: string; source: string };
      preview: { grade: number; due: string }[];
      remaining: { due: number; new: number };
      nextDue: string | null;
    }>(await mlpath(['review', '--topic', 'sql', '--json']));
    expect(next.card).toMatchObject({ id: firstNew(sqlCards).id, topic: 'sql', source: 'catalog' });
    expect(next.remaining).toEqual({ due: 0, new: sqlCards.length });
    expect(next.preview.map((entry) => entry.grade)).toEqual([1, 2, 3, 4]);
    // A harder grade never brings the card back later than an easier one.
    const dues = next.preview.map((entry) => Date.parse(entry.due));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);

    const text = await mlpath(['review']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(first.prompt);
    expect(text.stdout).toContain(`mlpath review ${first.id} --grade N`);
    expect(text.stdout).not.toContain(answerStart(first));
  });

  it('shows a card with its answer and records a grade with the FSRS scheduler', {
    timeout: 90_000,
  }, async () => {
    const shown = await mlpath(['review', first.id]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(first.prompt);
    expect(shown.stdout).toContain(answerStart(first));
    expect(await stored()).toEqual({ states: [], reviews: [] });

    const graded = jsonOf<{
      cardId: string;
      grade: number;
      review: { due: string; lastReview: string };
    }>(await mlpath(['review', first.id, '--grade', '3', '--json']));
    const at = graded.review.lastReview;
    const expected = gradeCard(newCardState(at), 3, at).state;
    expect(graded).toEqual({
      cardId: first.id,
      grade: 3,
      review: {
        state: expected.state,
        due: expected.due,
        reps: 1,
        lapses: 0,
        lastReview: at,
        dueNow: false,
      },
    });
    expect(await stored()).toEqual({
      states: [{ cardId: first.id, dueAt: expected.due, state: expected }],
      reviews: [{ cardId: first.id, grade: 3, reviewedAt: at }],
    });

    const due = jsonOf<Due>(await mlpath(['cards', '--json']));
    expect(due.totals).toEqual({ due: 0, new: cards.length - 1, total: cards.length });
    expect(due.nextDue).toBe(expected.due);
    const next = jsonOf<{ card: { id: string } }>(await mlpath(['review', '--json']));
    expect(next.card.id).not.toBe(first.id);
  });

  it('refuses bad grades, unknown cards and topics with exit 2, recording nothing', {
    timeout: 120_000,
  }, async () => {
    const before = await stored();
    expect(before.reviews).toHaveLength(1);
    expectUsageError(
      await mlpath(['review', first.id, '--grade', '5']),
      /^mlpath: --grade: must be a grade from 1 to 4$/,
    );
    expectUsageError(
      await mlpath(['review', first.id, '--grade', 'good']),
      /^mlpath: --grade: must be a grade from 1 to 4$/,
    );
    expectUsageError(
      await mlpath(['review', 'no-such-card', '--grade', '3']),
      /^mlpath: card: no card "no-such-card" to review/,
    );
    expectUsageError(
      await mlpath(['review', 'user:00000000-0000-4000-8000-000000000000', '--grade', '2']),
      /^mlpath: card: no card /,
    );
    expectUsageError(await mlpath(['review', '--grade', '3']), /^mlpath: card: give the id/);
    expectUsageError(
      await mlpath(['review', '--topic', 'astrology']),
      /^mlpath: --topic: must be one of: python, sql/,
    );
    expect(await stored()).toEqual(before);
  });
});
