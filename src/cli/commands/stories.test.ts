import { describe, expect, it } from 'vitest';
import { loadInterviewCatalog } from '../../catalog/interview/index.js';
import { cliUnderTest, expectUsageError, jsonOf } from '../testing.js';

const { mlpath } = cliUnderTest();

const behavioral = loadInterviewCatalog().cards.find((card) => card.topic === 'behavioral');
const stored = async () => {
  const { data } = jsonOf<{ data: Record<string, unknown[] | undefined> }>(
    await mlpath(['export', '-']),
  );
  return { cards: data.interview_cards ?? [], stories: data.star_stories ?? [] };
};

const story = [
  'stories',
  'add',
  '--title',
  'Cut churn',
  '--situation',
  'Renewals fell 8% at the clinic chain',
  '--task',
  'Find who was about to leave',
  '--action',
  'Built a gradient-boosted model on 40,000 visits',
  '--result',
  'Recall on churners 0.61 → 0.78',
];

describe('mlpath cards add and mlpath stories', () => {
  it('adds a card of your own that comes up for review', { timeout: 120_000 }, async () => {
    expect((await mlpath(['user', 'create', '--email', 'ada@example.test'])).code).toBe(0);
    const card = jsonOf<{ id: string; topic: string; rounds: string[]; source: string }>(
      await mlpath([
        'cards',
        'add',
        '--topic',
        'sql',
        '--round',
        'technical-screen',
        'take-home',
        '--prompt',
        'When does a LEFT JOIN silently drop rows?',
        '--answer',
        'When the WHERE clause filters on a column of the right table.',
        '--json',
      ]),
    );
    expect(card).toMatchObject({
      topic: 'sql',
      rounds: ['technical-screen', 'take-home'],
      source: 'user',
    });
    expect(card.id).toMatch(/^user:[0-9a-f-]{36}$/);

    const shown = await mlpath(['review', card.id]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('When does a LEFT JOIN silently drop rows?');
    expect(shown.stdout).toContain('filters on a column of the right table');

    const before = await stored();
    expectUsageError(
      await mlpath(['cards', 'add', '--topic', 'astrology', '--round', 'take-home']),
      /^mlpath: --topic: must be one of: python, sql/,
    );
    expectUsageError(
      await mlpath(['cards', 'add', '--topic', 'sql', '--prompt', 'Q', '--answer', 'A']),
      /^mlpath: --round: is required$/,
    );
    expectUsageError(
      await mlpath(['cards', 'add', '--topic', 'sql', '--round', 'lunch', '--prompt', 'Q']),
      /^mlpath: --round: must be one of: recruiter-screen/,
    );
    expect(await stored()).toEqual(before);
  });

  it('writes STAR stories about a project, linked to the cards they answer', {
    timeout: 120_000,
  }, async () => {
    expect(jsonOf<unknown[]>(await mlpath(['stories', '--json']))).toEqual([]);
    expect((await mlpath(['stories'])).stdout).toContain('No STAR stories for ada@example.test');
    const project = jsonOf<{ id: string }>(
      await mlpath(['projects', 'add', 'Churn model', '--json']),
    );

    const saved = jsonOf<{ id: string; projectId: string; cardIds: string[] }>(
      await mlpath([
        ...story,
        '--project',
        project.id.slice(0, 6),
        '--card',
        behavioral?.id ?? '',
        '--json',
      ]),
    );
    expect(saved).toMatchObject({ projectId: project.id, cardIds: [behavioral?.id] });

    const text = await mlpath(['stories']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`${saved.id.slice(0, 8)}  Cut churn  (project: Churn model)`);
    expect(text.stdout).toContain('  Result: Recall on churners 0.61 → 0.78');

    const before = await stored();
    expectUsageError(
      await mlpath([...story, '--card', 'no-such-card']),
      /^mlpath: --card: unknown cards: no-such-card/,
    );
    expectUsageError(
      await mlpath([...story, '--project', 'ffffffff']),
      /^mlpath: project: no project with the id ffffffff/,
    );
    expectUsageError(
      await mlpath(['stories', 'add', '--title', 'Half a story', '--situation', 'S']),
      /^mlpath: --task: is required$/,
    );
    expect(await stored()).toEqual(before);
  });
});
