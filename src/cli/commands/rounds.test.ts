import { describe, expect, it } from 'vitest';
import { roundChecklist } from '../../core/interview/records.js';
import { cliUnderTest, expectUsageError, jsonOf } from '../testing.js';

const { mlpath } = cliUnderTest();

interface Plan {
  id: string;
  round: string;
  scheduledOn?: string;
  checklistDone: string[];
  notes?: string;
}

const stored = async () =>
  jsonOf<{ data: { interview_rounds?: unknown[] } }>(await mlpath(['export', '-'])).data
    .interview_rounds ?? [];

describe('mlpath rounds', () => {
  it('plans rounds by date, each with the checklist of its kind', {
    timeout: 120_000,
  }, async () => {
    expect((await mlpath(['user', 'create', '--email', 'ada@example.test'])).code).toBe(0);
    expect((await mlpath(['rounds'])).stdout).toContain('No interview rounds planned');

    const later = jsonOf<Plan>(
      await mlpath(['rounds', 'add', 'system-design', '--on', '2027-02-03', '--json']),
    );
    const sooner = jsonOf<Plan>(
      await mlpath([
        'rounds',
        'add',
        'technical-screen',
        '--on',
        '2027-01-15',
        '--notes',
        'Python and one project walk-through',
        '--json',
      ]),
    );
    expect(sooner).toMatchObject({
      round: 'technical-screen',
      scheduledOn: '2027-01-15',
      checklistDone: [],
      notes: 'Python and one project walk-through',
    });
    const undated = await mlpath(['rounds', 'add', 'behavioral']);
    expect(undated.code, undated.stderr).toBe(0);

    const plans = jsonOf<Plan[]>(await mlpath(['rounds', '--json']));
    expect(plans.map((plan) => plan.round)).toEqual([
      'technical-screen',
      'system-design',
      'behavioral',
    ]);
    expect(plans[1]?.id).toBe(later.id);

    const screen = roundChecklist('technical-screen');
    const text = (await mlpath(['rounds'])).stdout;
    expect(text).toContain(
      `${sooner.id.slice(0, 8)}  2027-01-15  Technical screen  (0 of ${screen.length} ready)`,
    );
    expect(text).toContain(`  · 1. ${screen[0]?.text}`);
    expect(text).toContain('no date  Behavioral');
  });

  it('ticks and unticks checklist items by number', { timeout: 120_000 }, async () => {
    const [plan] = jsonOf<Plan[]>(await mlpath(['rounds', '--json']));
    const ref = plan?.id.slice(0, 6) ?? '';
    const screen = roundChecklist('technical-screen');

    const ticked = jsonOf<Plan>(await mlpath(['rounds', 'check', ref, '3', '1', '--json']));
    expect(ticked.checklistDone).toEqual([screen[0]?.id, screen[2]?.id]);
    const text = await mlpath(['rounds', 'check', ref, '3', '--undo']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`(1 of ${screen.length} ready)`);
    expect(text.stdout).toContain(`  ✓ 1. ${screen[0]?.text}`);
    expect(text.stdout).toContain(`  · 3. ${screen[2]?.text}`);

    const before = await stored();
    expectUsageError(
      await mlpath(['rounds', 'check', ref, String(screen.length + 1)]),
      new RegExp(`^mlpath: ITEM: the Technical screen checklist has items 1 to ${screen.length}$`),
    );
    expectUsageError(
      await mlpath(['rounds', 'check', ref, 'two']),
      /is not a checklist item number/,
    );
    expectUsageError(
      await mlpath(['rounds', 'check', 'abcd1234', '1']),
      /^mlpath: round: no round with the id abcd1234/,
    );
    expectUsageError(
      await mlpath(['rounds', 'add', 'coffee-chat']),
      /^mlpath: ROUND: must be one of: recruiter-screen/,
    );
    expectUsageError(
      await mlpath(['rounds', 'add', 'onsite', '--on', '2027-02-30']),
      /^mlpath: --on: must be a real date/,
    );
    expectUsageError(
      await mlpath(['rounds', 'add', 'onsite', '--application', 'ffffffff']),
      /^mlpath: application: no application with the id ffffffff/,
    );
    expect(await stored()).toEqual(before);
  });
});
