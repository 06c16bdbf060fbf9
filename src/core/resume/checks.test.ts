import { describe, expect, it } from 'vitest';
import { checkResume, type ResumeCheck } from './checks.js';
import { parseResume, type Resume, ResumeSchema, sectionOrder } from './schema.js';
import { SAMPLE_RESUME_INPUT, sampleResume } from './test-fixtures.js';

const byId = (checks: ResumeCheck[]) =>
  Object.fromEntries(checks.map((check) => [check.id, check]));

describe('ResumeSchema', () => {
  it('reads the sample and applies defaults', () => {
    const resume = sampleResume();
    expect(resume.projects).toHaveLength(2);
    expect(sectionOrder(resume)).toEqual([
      'projects',
      'experience',
      'skills',
      'education',
      'certificates',
    ]);
  });

  it('names the field of every problem', () => {
    const result = parseResume({
      ...SAMPLE_RESUME_INPUT,
      basics: { name: '', email: 'not-an-email', links: { github: 'github.com/me' } },
      experience: [{ company: 'X', role: 'Y', start: '2020-05', end: '2019' }],
      extra: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toContain('resume.basics.name');
    expect(paths).toContain('resume.basics.email');
    expect(paths).toContain('resume.basics.links.github');
    expect(paths).toContain('resume.experience.0.end');
    expect(paths).toContain('resume.extra');
  });

  it('keeps at most three projects', () => {
    const project = SAMPLE_RESUME_INPUT.projects?.[0];
    const result = parseResume({
      ...SAMPLE_RESUME_INPUT,
      projects: [project, project, project, project],
    });
    expect(result.ok).toBe(false);
  });
});

describe('checkResume', () => {
  it('passes the sample on everything but its weak bullets, which it lists', () => {
    const checks = byId(checkResume(sampleResume(), { domain: 'ICU nurse' }));
    expect(Object.keys(checks)).toEqual([
      'one-page',
      'projects-first',
      'project-count',
      'project-results',
      'previous-experience',
      'switch-in-summary',
      'domain-visible',
      'bullets-coached',
      'summary-length',
      'contact-links',
    ]);
    for (const check of Object.values(checks)) {
      if (check.id !== 'bullets-coached')
        expect(check.pass, `${check.id}: ${check.message}`).toBe(true);
    }
    expect(checks['bullets-coached']?.pass).toBe(false);
    expect(checks['bullets-coached']?.items?.join('\n')).toMatch(/Wrote a model card/);
  });

  it('infers the prior domain from the experience when the profile gives none', () => {
    const checks = byId(checkResume(sampleResume()));
    expect(checks['domain-visible']?.pass).toBe(true);
    expect(checks['domain-visible']?.message).toMatch(/healthcare/);
  });

  it('fails when the switch is hidden: no previous experience, summary silent on it, domain absent', () => {
    const resume: Resume = {
      ...sampleResume(),
      summary: 'Machine learning engineer who builds and ships tabular models with Python.',
      experience: [],
      projects: [
        {
          name: 'Movie recommender',
          bullets: [
            'Built a recommender with matrix factorization reaching 0.31 NDCG@10 on MovieLens',
          ],
          keywords: [],
        },
      ],
    };
    const checks = byId(checkResume(resume, { domain: 'retail' }));
    expect(checks['previous-experience']?.pass).toBe(false);
    expect(checks['switch-in-summary']?.pass).toBe(false);
    expect(checks['domain-visible']?.pass).toBe(false);
    expect(checks['project-results']?.pass).toBe(true);
    expect(checks['project-results']?.items).toEqual(['Movie recommender']);
  });

  it('flags experience before projects, missing numbers, a long summary and missing links', () => {
    const base = sampleResume();
    const resume: Resume = {
      ...base,
      sectionOrder: ['experience', 'projects'],
      summary: Array(8).fill('Former nurse moving into applied machine learning.').join(' '),
      basics: { ...base.basics, links: {} },
      projects: base.projects.map((project) => ({
        ...project,
        bullets: ['Built a model for a clinic'],
      })),
    };
    const checks = byId(checkResume(resume));
    expect(checks['projects-first']?.pass).toBe(false);
    expect(checks['project-results']?.pass).toBe(false);
    expect(checks['project-results']?.items).toEqual(base.projects.map((project) => project.name));
    expect(checks['summary-length']?.pass).toBe(false);
    expect(checks['contact-links']?.pass).toBe(false);
    expect(checks['contact-links']?.items).toEqual(['GitHub', 'LinkedIn']);
  });

  it('estimates more than one page for an overlong resume', () => {
    const base = sampleResume();
    const long =
      'Rebuilt the nightly feature pipeline so every run can be reproduced from a tagged commit and a pinned snapshot of the source tables';
    const resume = ResumeSchema.parse({
      ...base,
      projects: base.projects.map((project) => ({ ...project, bullets: Array(8).fill(long) })),
      experience: base.experience.map((job) => ({ ...job, bullets: Array(8).fill(long) })),
    });
    const check = byId(checkResume(resume))['one-page'];
    expect(check?.pass).toBe(false);
    expect(check?.message).toMatch(/pages/);
  });
});
