import { describe, expect, it } from 'vitest';
import { loadInterviewCatalog } from '../../catalog/interview/index.js';
import { addDays } from '../../core/plan/dates.js';
import { cliUnderTest, expectUsageError, jsonOf } from '../testing.js';

const { mlpath } = cliUnderTest();

const stored = async () =>
  jsonOf<{ data: { offers?: unknown[] } }>(await mlpath(['export', '-'])).data.offers ?? [];

const offer = (...args: string[]) => [
  'offers',
  'add',
  '--role',
  'ML Engineer',
  '--level',
  'entry',
  '--location',
  'Remote',
  ...args,
];

interface Comparison {
  offers: {
    id: string;
    company: string;
    currency: string;
    base: number;
    firstYearTotal: number;
    steadyStateTotal: number;
    firstYearVsBest: number;
    steadyStateVsBest: number;
    bestFirstYear: boolean;
    bestSteadyState: boolean;
    daysToDeadline: number | null;
    accepted: boolean;
  }[];
  currencies: string[];
  currencyNote: string | null;
}

describe('mlpath offers', () => {
  it('records offers typed in whole currency units and compares them side by side', {
    timeout: 120_000,
  }, async () => {
    expect((await mlpath(['user', 'create', '--email', 'ada@example.test'])).code).toBe(0);
    expect(jsonOf<Comparison>(await mlpath(['offers', '--json']))).toMatchObject({
      offers: [],
      currencies: [],
      currencyNote: null,
    });

    const deadline = addDays(new Date().toISOString().slice(0, 10), 30);
    const acme = jsonOf(
      await mlpath(
        offer(
          '--company',
          'Acme',
          '--currency',
          'usd',
          '--base',
          '120,000',
          '--bonus',
          '10000',
          '--sign-on',
          '15000.50',
          '--deadline',
          deadline,
          '--json',
        ),
      ),
    );
    expect(acme).toMatchObject({
      company: 'Acme',
      currency: 'USD',
      base: 12_000_000,
      bonus: 1_000_000,
      equityPerYear: 0,
      signOn: 1_500_050,
      deadline,
      negotiation: {},
    });
    const initech = await mlpath(
      offer('--company', 'Initech', '--currency', 'USD', '--base', '140000'),
    );
    expect(initech.code, initech.stderr).toBe(0);
    expect(initech.stdout).toContain('$140,000 the first year, $140,000 each year after');
    const yen = await mlpath(
      offer('--company', 'Kaisha', '--currency', 'JPY', '--base', '9000000', '--equity', '500000'),
    );
    expect(yen.code, yen.stderr).toBe(0);

    const comparison = jsonOf<Comparison>(await mlpath(['offers', 'compare', '--json']));
    expect(
      comparison.offers.map(({ company, firstYearTotal, steadyStateTotal }) => [
        company,
        firstYearTotal,
        steadyStateTotal,
      ]),
    ).toEqual([
      ['Acme', 14_500_050, 13_000_000],
      ['Initech', 14_000_000, 14_000_000],
      // Yen has no minor unit: 9,000,000 + 500,000 yen.
      ['Kaisha', 9_500_000, 9_500_000],
    ]);
    expect(comparison.offers[0]).toMatchObject({
      bestFirstYear: true,
      bestSteadyState: false,
      steadyStateVsBest: -1_000_000,
      daysToDeadline: 30,
      accepted: false,
    });
    expect(comparison.offers[1]).toMatchObject({
      bestFirstYear: false,
      firstYearVsBest: -500_050,
      bestSteadyState: true,
    });
    // Offers in another currency are only compared with their own: the yen offer is its own best.
    expect(comparison.offers[2]).toMatchObject({ bestFirstYear: true, firstYearVsBest: 0 });
    expect(comparison.currencies).toEqual(['USD', 'JPY']);
    expect(comparison.currencyNote).toContain('USD, JPY');

    const text = await mlpath(['offers']);
    expect(text.code, text.stderr).toBe(0);
    const row = (label: string) =>
      text.stdout.split('\n').find((line) => line.trimStart().startsWith(label));
    expect(text.stdout.split('\n')[1]).toMatch(/^\s+Acme\s+Initech\s+Kaisha$/);
    expect(row('first year')).toMatch(/^\s+first year\s+\$145,001 \*\s+\$140,000\s+¥9,500,000 \*$/);
    expect(row('each year after')).toMatch(/\$130,000\s+\$140,000 \*\s+¥9,500,000 \*$/);
    expect(row('answer by')).toContain(`${deadline} (in 30 d)`);
    expect(text.stdout).toContain('nothing is converted');
  });

  it('refuses bad input with exit 2 and one line, writing nothing', {
    timeout: 120_000,
  }, async () => {
    const before = await stored();
    expect(before).toHaveLength(3);
    expectUsageError(
      await mlpath(offer('--company', 'X', '--currency', 'dollars', '--base', '1')),
      /^mlpath: --currency: must be a three-letter currency code/,
    );
    expectUsageError(
      await mlpath(offer('--company', 'X', '--currency', 'USD', '--base', '1.234')),
      /^mlpath: --base: must be an amount of 0 or more in USD, with at most 2 decimals/,
    );
    expectUsageError(
      await mlpath(offer('--company', 'X', '--currency', 'JPY', '--base', '1', '--bonus', '0.5')),
      /^mlpath: --bonus: must be an amount of 0 or more in whole JPY/,
    );
    expectUsageError(
      await mlpath(offer('--currency', 'USD', '--base', '1')),
      /^mlpath: --company: is required$/,
    );
    expectUsageError(
      await mlpath(offer('--company', 'X', '--currency', 'USD')),
      /^mlpath: --base: is required$/,
    );
    expectUsageError(
      await mlpath(
        offer('--company', 'X', '--currency', 'USD', '--base', '1', '--deadline', '2027-13-01'),
      ),
      /^mlpath: --deadline: must be a real date/,
    );
    expectUsageError(
      await mlpath(['offers', 'add', '--company', 'X', '--level', 'principal']),
      /--level.*invalid/,
    );
    expect(await stored()).toEqual(before);
  });

  it('accepts an offer by company or the start of its id, dated, and takes it back', {
    timeout: 120_000,
  }, async () => {
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = addDays(today, -1);
    const { offers } = jsonOf<Comparison>(await mlpath(['offers', '--json']));
    const idOf = (company: string) => offers.find((offer) => offer.company === company)?.id ?? '';

    const initech = jsonOf<{
      offer: { id: string; acceptedOn: string };
      growth: { started: boolean; daysInJob: number; stage: { id: string }; goals: unknown[] };
    }>(await mlpath(['offers', 'accept', 'initech', '--on', yesterday, '--json']));
    expect(initech.offer).toMatchObject({ id: idOf('Initech'), acceptedOn: yesterday });
    expect(initech.growth).toMatchObject({ started: true, daysInJob: 1 });
    expect(initech.growth.goals.length).toBeGreaterThan(0);

    // Accepting another offer takes the first one back: one accepted offer at a time.
    const acme = await mlpath(['offers', 'accept', idOf('Acme').slice(0, 6)]);
    expect(acme.code, acme.stderr).toBe(0);
    expect(acme.stdout).toContain(
      `Accepted the Acme offer (ML Engineer) on ${today}: growth mode starts.`,
    );
    const accepted = async () =>
      jsonOf<Comparison>(await mlpath(['offers', '--json'])).offers.map((offer) => [
        offer.company,
        offer.accepted,
      ]);
    expect(await accepted()).toEqual([
      ['Acme', true],
      ['Initech', false],
      ['Kaisha', false],
    ]);
    expect((await mlpath(['offers'])).stdout).toMatch(
      new RegExp(`^\\s+id\\s+${idOf('Acme').slice(0, 8)}\\s+${idOf('Initech').slice(0, 8)}`, 'm'),
    );

    const before = await stored();
    expectUsageError(
      await mlpath(['offers', 'accept', 'Kaisha', '--on', addDays(today, 1)]),
      /^mlpath: --on: must not be after today/,
    );
    expectUsageError(
      await mlpath(['offers', 'accept', 'Kaisha', '--on', 'last week']),
      /^mlpath: --on: must be a real date/,
    );
    expectUsageError(
      await mlpath(['offers', 'accept', 'Globex']),
      /^mlpath: offer: no offer with the id Globex \(see mlpath offers\)$/,
    );
    expectUsageError(await mlpath(['offers', 'unaccept', 'Initech']), /is not accepted$/);
    expect(await stored()).toEqual(before);

    const back = jsonOf<Record<string, unknown>>(
      await mlpath(['offers', 'unaccept', 'acme', '--json']),
    );
    expect(back).toMatchObject({ company: 'Acme' });
    expect(back).not.toHaveProperty('acceptedOn');
    expect((await accepted()).every(([, isAccepted]) => isAccepted === false)).toBe(true);
  });

  it('works through the negotiation checklist of one offer, dated today', {
    timeout: 120_000,
  }, async () => {
    const today = new Date().toISOString().slice(0, 10);
    const checklist = loadInterviewCatalog().offers.negotiation;
    const empty = await mlpath(['offers', 'negotiate', 'kaisha']);
    expect(empty.stdout).toContain(
      `Negotiation checklist for the Kaisha offer: 0 of ${checklist.length} done`,
    );
    expect(empty.stdout).toContain(`  · 1. ${checklist[0]?.item}`);

    const ticked = jsonOf<{ negotiation: Record<string, string> }>(
      await mlpath(['offers', 'negotiate', 'Kaisha', '2', '1', '--json']),
    );
    expect(ticked.negotiation).toEqual({
      [checklist[0]?.id ?? '']: today,
      [checklist[1]?.id ?? '']: today,
    });
    const undone = await mlpath(['offers', 'negotiate', 'Kaisha', '1', '--undo']);
    expect(undone.stdout).toContain(`1 of ${checklist.length} done`);
    expect(undone.stdout).toContain(`  ✓ 2. ${checklist[1]?.item} (${today})`);

    const before = await stored();
    expectUsageError(
      await mlpath(['offers', 'negotiate', 'Kaisha', String(checklist.length + 1)]),
      new RegExp(`^mlpath: ITEM: ${checklist.length + 1} is not an item number of the checklist`),
    );
    expectUsageError(await mlpath(['offers', 'negotiate', 'Kaisha', '1.5']), /not an item number/);
    expect(await stored()).toEqual(before);
  });
});
