import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJsonResume, toJsonResume } from './json-resume.js';
import { resumeArbitrary, sampleResume } from './test-fixtures.js';

/** The official validator from @jsonresume/schema (a dev dependency, only used here). */
const { validate } = createRequire(import.meta.url)('@jsonresume/schema') as {
  validate: (resume: unknown, callback: (errors: unknown[] | null, valid: boolean) => void) => void;
};
const officialErrors = (document: unknown) => {
  let result: unknown[] = [];
  validate(document, (errors) => {
    result = errors ?? [];
  });
  return result;
};

describe('JSON Resume', () => {
  it('exports documents the official schema accepts', () => {
    expect(officialErrors(toJsonResume(sampleResume()))).toEqual([]);
    fc.assert(
      fc.property(resumeArbitrary, (resume) => {
        expect(officialErrors(toJsonResume(resume))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('imports what it exports, field for field', () => {
    const sample = sampleResume();
    expect(fromJsonResume(toJsonResume(sample))).toMatchObject({ ok: true, value: sample });
    fc.assert(
      fc.property(resumeArbitrary, (resume) => {
        const back = fromJsonResume(JSON.parse(JSON.stringify(toJsonResume(resume))));
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.value).toEqual(resume);
      }),
      { numRuns: 200 },
    );
  });

  it('imports a typical document from elsewhere, listing what has no place here', () => {
    const result = fromJsonResume({
      basics: {
        name: 'Sam Lee',
        label: 'Data analyst',
        email: 'sam@example.com',
        url: 'https://samlee.dev',
        location: { city: 'Austin', region: 'Texas', countryCode: 'US' },
        profiles: [
          { network: 'Twitter', url: 'https://twitter.com/sam' },
          { network: 'github', username: 'sam', url: 'https://github.com/sam' },
        ],
      },
      work: [
        {
          name: 'ShopCo',
          position: 'Analyst',
          startDate: '2019-04',
          summary: 'Built weekly sales reports.',
        },
      ],
      volunteer: [{ organization: 'Food bank' }],
      projects: [1, 2, 3, 4].map((n) => ({ name: `Project ${n}` })),
      skills: [{ name: 'Data', level: 'Advanced', keywords: ['SQL'] }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.basics).toMatchObject({
      location: 'Austin, Texas, US',
      links: { github: 'https://github.com/sam', portfolio: 'https://samlee.dev' },
    });
    expect(result.value.experience[0]).toMatchObject({
      company: 'ShopCo',
      role: 'Analyst',
      bullets: ['Built weekly sales reports.'],
    });
    expect(result.value.projects).toHaveLength(3);
    expect(result.ignored).toEqual([
      'volunteer',
      'basics.profiles.0 (Twitter)',
      'projects.3 (Project 4)',
    ]);
  });

  it('rejects bad input with issues named by JSON Resume paths', () => {
    const issues = (input: unknown) => {
      const result = fromJsonResume(input);
      return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    };
    expect(issues('nope')).toEqual(['jsonResume: must be a JSON Resume object']);
    expect(issues({})[0]).toMatch(/^jsonResume\.basics: /);
    expect(
      issues({
        basics: { name: 'A' },
        work: [{ name: 'X', position: 'Y', startDate: 'May 2020' }],
      }),
    ).toEqual(['work.0.startDate: must be a date written as YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(issues({ basics: { name: 'A', email: 'nope' } })).toEqual([
      'basics.email: must be an email address',
    ]);
    expect(issues({ basics: { name: 'A' }, work: [{ position: 'Y' }] })[0]).toMatch(
      /^work\.0\.name: /,
    );
    expect(
      issues({ basics: { name: 'A' }, projects: [{ name: 'P', repository: 'ftp://x' }] })[0],
    ).toMatch(/^projects\.0\.repository: /);
  });
});
