import { describe, expect, it } from 'vitest';
import type { PlanItem, PlanSkill } from '../api/types';
import { groupItems } from './items';
import { domainLabel, hoursText, monthsText, readable, skillState, warningTitle } from './labels';
import { dependentsOf, skillPhases, skillWhen, weeksShort } from './skills';

const skill = (patch: Partial<PlanSkill>): PlanSkill => ({
  id: 'python',
  title: 'Python',
  hours: 40,
  prerequisites: [],
  firstWeek: 1,
  lastWeek: 4,
  status: 'planned',
  ...patch,
});

const weeks = [
  { index: 1, start: '2026-01-05', hours: 10, items: [] },
  { index: 2, start: '2026-01-12', hours: 10, items: [] },
];

describe('skill states and dates', () => {
  it('reads a planned skill without weeks as already covered', () => {
    expect(skillState(skill({}))).toBe('planned');
    expect(skillState(skill({ firstWeek: null, lastWeek: null }))).toBe('known');
    expect(skillState(skill({ firstWeek: null, status: 'done' }))).toBe('done');
  });

  it('dates the weeks of a skill', () => {
    expect(weeksShort(skill({}))).toBe('Weeks 1–4');
    expect(weeksShort(skill({ lastWeek: 1 }))).toBe('Week 1');
    expect(skillWhen(skill({}), weeks)).toBe('Weeks 1–4 · 5 Jan – 1 Feb 2026');
    expect(skillWhen(skill({ firstWeek: null, status: 'done' }), weeks)).toBe('Done');
    expect(skillWhen(skill({ firstWeek: null, status: 'done' }), weeks, true)).toMatch(
      /current level/,
    );
  });

  it('finds phases and dependents', () => {
    const phases = skillPhases({
      phases: [
        { id: 'programming', title: '', start: '', end: '', skills: ['python', 'git'] },
        { id: 'later', title: '', start: '', end: '', skills: ['python', 'pandas'] },
      ],
    });
    expect(phases.get('python')).toEqual({ id: 'programming', slot: 0 });
    expect(phases.get('pandas')).toEqual({ id: 'later', slot: 1 });
    const skills = [skill({}), skill({ id: 'pandas', prerequisites: ['python'] })];
    expect(dependentsOf(skills, 'python').map((s) => s.id)).toEqual(['pandas']);
  });
});

describe('words', () => {
  it('writes hours and months briefly', () => {
    expect(hoursText(12)).toBe('12 h');
    expect(hoursText(4.25)).toBe('4.25 h');
    expect(hoursText(2.5)).toBe('2.5 h');
    expect(hoursText(1.1)).toBe('1 h');
    expect(monthsText(16.56)).toBe('16.6 months');
    expect(monthsText(1)).toBe('1 month');
  });

  it('falls back to readable words for ids it does not know', () => {
    expect(warningTitle('low-hours')).toMatch(/hours/);
    expect(warningTitle('something-new')).toBe('Worth knowing');
    expect(readable('job-search')).toBe('Job search');
    expect(domainLabel('general')).toBeNull();
    expect(domainLabel('logistics')).toBe('Logistics and supply chain');
  });
});

describe('groupItems', () => {
  it('joins the build and theory items of one activity', () => {
    const items: PlanItem[] = [
      { kind: 'skill', id: 'python', title: 'Python', hours: 9, mode: 'build' },
      { kind: 'skill', id: 'python', title: 'Python', hours: 3, mode: 'theory' },
      { kind: 'project', id: 'first', title: 'First project', hours: 2, mode: 'build' },
      { kind: 'skill', id: 'python', title: 'Python', hours: 1, mode: 'build' },
    ];
    expect(groupItems(items)).toEqual([
      {
        kind: 'skill',
        id: 'python',
        title: 'Python',
        parts: [
          { mode: 'build', hours: 10 },
          { mode: 'theory', hours: 3 },
        ],
      },
      {
        kind: 'project',
        id: 'first',
        title: 'First project',
        parts: [{ mode: 'build', hours: 2 }],
      },
    ]);
  });
});
