import { describe, expect, it } from 'vitest';
import {
  ApplicationInputSchema,
  ApplicationPatchSchema,
  CHECKLIST_IDS,
  CompanyInputSchema,
  ContactInputSchema,
  FITS,
  PROFILE_CHECKLIST,
  StageChangeSchema,
  TIERS,
} from './records.js';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  Object.fromEntries(
    result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [],
  );

describe('the vocabulary', () => {
  it('ranks switcher fit with software for the previous industry first, giants last', () => {
    expect(FITS.map((fit) => fit.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(FITS[0]?.id).toBe('domain-vertical');
    expect(FITS.at(-1)?.id).toBe('degree-filter');
  });

  it('gives every tier its preparation time, longest for tier 1', () => {
    expect(TIERS.map((tier) => tier.prepMonths.min)).toEqual([6, 4, 3, 2]);
  });

  it('has unique checklist ids, each with a reason', () => {
    expect(new Set(CHECKLIST_IDS).size).toBe(PROFILE_CHECKLIST.length);
    for (const item of PROFILE_CHECKLIST) expect(item.why.length).toBeGreaterThan(20);
  });
});

describe('ApplicationInputSchema', () => {
  const valid = {
    company: ' Northwind ',
    role: 'ML Engineer',
    source: 'referral',
    stage: 'applied',
    link: 'https://example.com/job',
    nextActionOn: '2027-01-05',
  };

  it('accepts a valid application and trims its text', () => {
    const parsed = ApplicationInputSchema.parse(valid);
    expect(parsed.company).toBe('Northwind');
  });

  it('explains each wrong field', () => {
    const result = ApplicationInputSchema.safeParse({
      company: '',
      source: 'friend',
      stage: 'interview',
      link: 'javascript:alert(1)',
      nextActionOn: '2027-02-30',
      companyId: 'not-a-uuid',
      extra: true,
    });
    expect(messages(result)).toEqual({
      company: 'must not be empty (give the company name)',
      role: 'is required',
      source: 'must be one of: referral, cold, recruiter, network, job-board',
      stage: expect.stringMatching(/^must be one of: saved, applied, screen/),
      link: 'must be an http or https address',
      nextActionOn: 'must be a real date written as YYYY-MM-DD',
      companyId: 'must be the id of one of your companies',
      '': expect.stringContaining('extra'),
    });
  });
});

describe('the patch schemas', () => {
  it('take some fields, null to clear an optional one, and refuse an empty change', () => {
    expect(ApplicationPatchSchema.parse({ notes: null, stage: 'screen' })).toEqual({
      notes: null,
      stage: 'screen',
    });
    expect(ApplicationPatchSchema.safeParse({}).success).toBe(false);
    expect(ApplicationPatchSchema.safeParse({ role: null }).success).toBe(false);
    expect(ApplicationPatchSchema.safeParse({ bogus: 1 }).success).toBe(false);
  });
});

describe('the other schemas', () => {
  it('check tiers, fits, referral states and stage changes', () => {
    expect(CompanyInputSchema.safeParse({ name: 'A', tier: 5 }).success).toBe(false);
    expect(CompanyInputSchema.safeParse({ name: 'A', fit: 'consulting', tier: 4 }).success).toBe(
      true,
    );
    expect(messages(ContactInputSchema.safeParse({ name: 'Sam', referral: 'maybe' }))).toEqual({
      referral: 'must be one of: none, asked, given',
    });
    expect(StageChangeSchema.safeParse({ stage: 'offer', on: '2027-01-05' }).success).toBe(true);
    expect(StageChangeSchema.safeParse({ stage: 'offer', on: 'today' }).success).toBe(false);
  });
});
