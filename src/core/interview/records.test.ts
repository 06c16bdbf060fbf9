import { describe, expect, it } from 'vitest';
import {
  CardReviewRowSchema,
  CardStateRowSchema,
  InterviewRoundInputSchema,
  roundChecklist,
  StarStoryInputSchema,
  UserCardInputSchema,
  userCardId,
  userCardUuid,
} from './records.js';
import { newCardState } from './srs.js';

const UUID = '3f2b8c1e-7d4a-4e6b-9c2d-1a2b3c4d5e6f';

/** The first issue of a failed parse, as `path: message`. */
function firstIssue(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const issue = result.error?.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'valid';
}

describe('user card ids', () => {
  it('round-trip through the user: prefix and refuse anything else', () => {
    expect(userCardUuid(userCardId(UUID))).toBe(UUID);
    expect(userCardUuid(UUID.toUpperCase())).toBe(UUID);
    expect(userCardUuid('sql-join-types')).toBeNull();
    expect(userCardUuid('user:not-a-uuid')).toBeNull();
  });
});

describe('UserCardInputSchema', () => {
  const card = {
    topic: 'sql',
    rounds: ['technical-screen'],
    prompt: 'What does COALESCE do?',
    answer: 'It returns its first argument that is not NULL.',
  };

  it('keeps a card and trims its text', () => {
    expect(UserCardInputSchema.parse({ ...card, prompt: '  What does COALESCE do? ' })).toEqual(
      card,
    );
  });

  it('names the field and the rule when a card is wrong', () => {
    expect(firstIssue(UserCardInputSchema.safeParse({ ...card, topic: 'cooking' }))).toMatch(
      /^topic: must be one of: python, sql/,
    );
    expect(firstIssue(UserCardInputSchema.safeParse({ ...card, rounds: [] }))).toBe(
      'rounds: pick at least one round',
    );
    expect(
      firstIssue(UserCardInputSchema.safeParse({ ...card, rounds: ['onsite', 'onsite'] })),
    ).toBe('rounds: must not list a round twice');
    expect(firstIssue(UserCardInputSchema.safeParse({ ...card, answer: '   ' }))).toBe(
      'answer: must not be empty',
    );
    expect(firstIssue(UserCardInputSchema.safeParse({ ...card, level: 'senior' }))).toMatch(
      /level|Unrecognized/,
    );
  });
});

describe('StarStoryInputSchema', () => {
  const story = {
    title: 'Cutting the night shift handover',
    situation: 'Handover notes were lost between shifts.',
    task: 'Make the handover reliable.',
    action: 'Built a small form and a daily summary.',
    result: 'Missed items fell from five a week to one.',
    cardIds: ['behavioral-tell-me-about-yourself'],
  };

  it('takes a story with or without a project', () => {
    expect(StarStoryInputSchema.safeParse(story).success).toBe(true);
    expect(StarStoryInputSchema.safeParse({ ...story, projectId: UUID }).success).toBe(true);
  });

  it('refuses a malformed project id and repeated cards', () => {
    expect(firstIssue(StarStoryInputSchema.safeParse({ ...story, projectId: 'p1' }))).toBe(
      'projectId: must be the id of one of your records',
    );
    expect(
      firstIssue(StarStoryInputSchema.safeParse({ ...story, cardIds: ['a-card', 'a-card'] })),
    ).toBe('cardIds: must not list a card twice');
  });
});

describe('InterviewRoundInputSchema', () => {
  it('accepts checklist ids of its own round only', () => {
    const items = roundChecklist('take-home');
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items[0]?.id).toBe('take-home-1');
    const ok = InterviewRoundInputSchema.safeParse({
      round: 'take-home',
      scheduledOn: '2027-03-02',
      checklistDone: [items[0]?.id, items[1]?.id],
    });
    expect(ok.success).toBe(true);
    expect(
      firstIssue(
        InterviewRoundInputSchema.safeParse({
          round: 'take-home',
          checklistDone: ['behavioral-1'],
        }),
      ),
    ).toBe('checklistDone: not on the take-home checklist: behavioral-1');
  });

  it('refuses unknown rounds and impossible dates', () => {
    expect(
      firstIssue(InterviewRoundInputSchema.safeParse({ round: 'coffee', checklistDone: [] })),
    ).toMatch(/^round: must be one of: recruiter-screen/);
    expect(
      firstIssue(
        InterviewRoundInputSchema.safeParse({
          round: 'onsite',
          scheduledOn: '2027-02-30',
          checklistDone: [],
        }),
      ),
    ).toBe('scheduledOn: must be a real date written as YYYY-MM-DD');
  });
});

describe('backup rows', () => {
  it('check grades and states', () => {
    expect(
      CardReviewRowSchema.safeParse({
        cardId: 'sql-join-types',
        grade: 3,
        reviewedAt: '2027-01-05T10:00:00.000Z',
      }).success,
    ).toBe(true);
    expect(
      firstIssue(
        CardReviewRowSchema.safeParse({
          cardId: 'sql-join-types',
          grade: 5,
          reviewedAt: '2027-01-05T10:00:00.000Z',
        }),
      ),
    ).toBe('grade: must be a grade from 1 to 4');
    const state = newCardState('2027-01-05T10:00:00Z');
    expect(CardStateRowSchema.parse({ cardId: 'x', state })).toEqual({ cardId: 'x', state });
    expect(
      CardStateRowSchema.safeParse({ cardId: 'x', state: { ...state, state: 'lost' } }).success,
    ).toBe(false);
  });
});
