import { describe, expect, it } from 'vitest';
import { addDays } from '../plan/dates.js';
import { isSilenced, PROFILE_RULES, RULES, runCoach } from './index.js';
import { ago, baseProfile, contextWith, entry, TODAY } from './test-fixtures.js';

const research = { ...baseProfile, track: 'research' as const, education: 'none' as const };

/** Data that sets off tutorial-hell (60% theory: critical) and isolation (info). */
const busy = () =>
  contextWith({ timeEntries: [entry(ago(30), 1), entry(ago(2), 6, 'theory'), entry(ago(1), 4)] });

describe('the rule set', () => {
  it('has ten rules with unique kebab-case ids and titles', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.length).toBeGreaterThan(5);
    }
  });
});

describe('runCoach', () => {
  it('gives a brand-new user only the profile-based alerts', () => {
    expect(runCoach(contextWith())).toEqual([]);
    // A deadline the plan cannot meet is the plan's own warning, not an alert from the data.
    const rushed = { ...research, targetDate: '2027-01-31' };
    const alerts = runCoach(contextWith({}, { profile: rushed }));
    expect(alerts.map((alert) => alert.id)).toEqual(['research-target']);
    expect(PROFILE_RULES).toEqual(['research-target']);
  });

  it('lists alerts with their rule ids, critical first, with evidence and one action', () => {
    const alerts = runCoach({ ...busy(), profile: research });
    expect(alerts.map((alert) => [alert.id, alert.severity])).toEqual([
      ['tutorial-hell', 'critical'],
      ['research-target', 'warning'],
      ['isolation', 'info'],
    ]);
    for (const alert of alerts) {
      expect(alert.message).not.toBe('');
      expect(alert.evidence).not.toBe('');
      expect(alert.action).not.toBe('');
    }
  });

  it('drops dismissed rules for good', () => {
    const alerts = runCoach({ ...busy(), dismissals: [{ ruleId: 'tutorial-hell' }] });
    expect(alerts.map((alert) => alert.id)).toEqual(['isolation']);
  });

  it('drops snoozed rules until the snooze ends, and shows them again from that day', () => {
    const snoozed = (until: string) =>
      runCoach({ ...busy(), dismissals: [{ ruleId: 'isolation', until }] }).map(
        (alert) => alert.id,
      );
    expect(snoozed(addDays(TODAY, 1))).toEqual(['tutorial-hell']);
    expect(snoozed(TODAY)).toEqual(['tutorial-hell', 'isolation']);
    expect(snoozed(ago(10))).toEqual(['tutorial-hell', 'isolation']);
  });

  it('ignores dismissals of other rules', () => {
    expect(isSilenced('isolation', [{ ruleId: 'no-writing' }], TODAY)).toBe(false);
    expect(isSilenced('isolation', [{ ruleId: 'isolation' }], TODAY)).toBe(true);
  });
});
