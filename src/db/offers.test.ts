import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { OfferRowSchema } from '../core/offers/records.js';
import { createAccount } from './accounts.js';
import { exportBackup, InvalidBackupError, importBackup, parseBackup } from './backup.js';
import {
  AcceptanceDayError,
  acceptedOffer,
  acceptOffer,
  addGrowthGoals,
  addOffers,
  deleteBandOverride,
  getOffer,
  listBandOverrides,
  listGrowthGoals,
  listOffers,
  offerReceivedOn,
  saveBandOverride,
  setGrowthGoal,
  setNegotiationItem,
} from './offers.js';
import { addApplication, moveApplication } from './pipeline.js';
import { users } from './schema.js';

const database = await createTestDatabase();
afterAll(() => database.close());
const { db } = database;

let counter = 0;
const newUser = async () =>
  (await createAccount(db, `offers-${++counter}@example.test`, 'a long password')).id;

const row = (company: string, extra: object = {}) =>
  OfferRowSchema.parse({
    company,
    role: 'ML Engineer',
    level: 'entry',
    location: 'Remote',
    currency: 'USD',
    base: 12_000_000,
    ...extra,
  });

describe('offers in the database', () => {
  it('restore rows as they are, keeping only the last accepted offer', async () => {
    const userId = await newUser();
    await addOffers(db, userId, [
      row('A', { acceptedOn: '2027-01-01', negotiation: { 'ask-for-time': '2026-12-20' } }),
      row('B', { acceptedOn: '2027-02-01' }),
    ]);
    // Rows of one insert share their creation time: compare them by company.
    const offers = (await listOffers(db, userId)).sort((a, b) =>
      a.company.localeCompare(b.company),
    );
    expect(offers.map((offer) => [offer.company, offer.acceptedOn])).toEqual([
      ['A', undefined],
      ['B', '2027-02-01'],
    ]);
    expect(offers[0]?.negotiation).toEqual({ 'ask-for-time': '2026-12-20' });
  });

  it('accept one offer at a time; a re-accept keeps the first day', async () => {
    const userId = await newUser();
    const [a, b] = await addOffers(db, userId, [row('A'), row('B')]);
    if (!a || !b) throw new Error('offers not added');
    await acceptOffer(db, userId, a.id, '2027-03-01');
    expect((await acceptOffer(db, userId, a.id, '2027-03-05'))?.acceptedOn).toBe('2027-03-01');
    await acceptOffer(db, userId, b.id, '2027-03-10');
    expect((await acceptedOffer(db, userId))?.company).toBe('B');
    expect((await listOffers(db, userId)).filter((offer) => offer.acceptedOn)).toHaveLength(1);
    const other = await newUser();
    expect(await acceptOffer(db, other, a.id, '2027-03-10')).toBeNull();
  });

  it('accept on a chosen day, which may correct the day of an accepted offer', async () => {
    const userId = await newUser();
    const [a, b] = await addOffers(db, userId, [row('A', { receivedOn: '2027-02-20' }), row('B')]);
    if (!a || !b) throw new Error('offers not added');
    const today = '2027-03-10';
    expect((await acceptOffer(db, userId, a.id, today, { on: '2027-03-01' }))?.acceptedOn).toBe(
      '2027-03-01',
    );
    expect((await acceptOffer(db, userId, a.id, today))?.acceptedOn).toBe('2027-03-01');
    expect((await acceptOffer(db, userId, a.id, today, { on: '2027-02-20' }))?.acceptedOn).toBe(
      '2027-02-20',
    );
    // B has no day it came: any past day will do, and accepting it un-accepts A.
    await acceptOffer(db, userId, b.id, today, { on: '2026-12-24' });
    expect((await acceptedOffer(db, userId))?.acceptedOn).toBe('2026-12-24');
    expect((await getOffer(db, userId, a.id))?.acceptedOn).toBeUndefined();
  });

  it('refuse an acceptance day in the future or before the offer came, writing nothing', async () => {
    const userId = await newUser();
    const [a, b] = await addOffers(db, userId, [
      row('A', { receivedOn: '2027-03-05' }),
      row('B', { acceptedOn: '2027-03-02' }),
    ]);
    if (!a || !b) throw new Error('offers not added');
    const version = async () =>
      (await db.select({ v: users.dataVersion }).from(users).where(eq(users.id, userId)))[0]?.v;
    const before = await version();
    for (const on of ['2027-03-11', '2027-03-04']) {
      await expect(acceptOffer(db, userId, a.id, '2027-03-10', { on })).rejects.toThrow(
        AcceptanceDayError,
      );
    }
    // Accepting today when the offer is dated later is refused the same way.
    await expect(acceptOffer(db, userId, a.id, '2027-03-01')).rejects.toThrow(
      /before the day the offer came \(2027-03-05\)/,
    );
    expect(await version()).toBe(before);
    expect((await acceptedOffer(db, userId))?.company).toBe('B');
  });

  it('take the day the offer came from its linked application when it has none itself', async () => {
    const userId = await newUser();
    const application = await addApplication(
      db,
      userId,
      { company: 'A', role: 'MLE', source: 'referral', stage: 'onsite' },
      '2027-02-01',
    );
    const [offer] = await addOffers(db, userId, [row('A', { applicationId: application.id })]);
    if (!offer) throw new Error('offer not added');
    expect(await offerReceivedOn(db, userId, offer)).toBeNull();
    await moveApplication(db, userId, application.id, 'offer', '2027-02-15');
    expect(await offerReceivedOn(db, userId, offer)).toBe('2027-02-15');
    expect(await offerReceivedOn(db, userId, { ...offer, receivedOn: '2027-02-16' })).toBe(
      '2027-02-16',
    );
    await expect(
      acceptOffer(db, userId, offer.id, '2027-03-01', { on: '2027-02-14' }),
    ).rejects.toThrow(/2027-02-15/);
    expect(await offerReceivedOn(db, await newUser(), offer)).toBeNull();
  });

  it('keep the user’s band edits by level, replace them and reset them', async () => {
    const userId = await newUser();
    const other = await newUser();
    expect(await listBandOverrides(db, userId)).toEqual([]);
    const entry = {
      level: 'entry' as const,
      low: 6_000_000,
      high: 7_500_000,
      currency: 'EUR',
      note: 'Berlin',
      changedOn: '2027-01-01',
    };
    await saveBandOverride(db, userId, entry);
    await saveBandOverride(db, userId, { ...entry, level: 'senior', note: undefined });
    await saveBandOverride(db, userId, { ...entry, high: 8_000_000, changedOn: '2027-01-02' });
    await saveBandOverride(db, other, { ...entry, low: 1 });
    expect(await listBandOverrides(db, userId)).toEqual([
      { ...entry, high: 8_000_000, changedOn: '2027-01-02' },
      {
        level: 'senior',
        low: 6_000_000,
        high: 7_500_000,
        currency: 'EUR',
        changedOn: '2027-01-01',
      },
    ]);
    expect(await deleteBandOverride(db, userId, 'entry')).toBe(true);
    expect(await deleteBandOverride(db, userId, 'entry')).toBe(false);
    expect((await listBandOverrides(db, userId)).map((edit) => edit.level)).toEqual(['senior']);
    expect((await listBandOverrides(db, other))[0]?.low).toBe(1);
  });

  it('refuse a band whose low end is above its high end, even past the API', async () => {
    const userId = await newUser();
    await expect(
      saveBandOverride(db, userId, {
        level: 'mid',
        low: 2,
        high: 1,
        currency: 'USD',
        changedOn: '2027-01-01',
      }),
    ).rejects.toThrow();
    expect(await listBandOverrides(db, userId)).toEqual([]);
  });

  it('carry band edits and the day an offer came through a backup, checking the range', async () => {
    const userId = await newUser();
    await addOffers(db, userId, [row('A', { receivedOn: '2027-02-20' })]);
    await saveBandOverride(db, userId, {
      level: 'mid',
      low: 9_000_000,
      high: 9_000_000,
      currency: 'GBP',
      note: 'London',
      changedOn: '2027-01-01',
    });
    const backup = await exportBackup(db, userId);
    const data = backup.data as Record<string, unknown[]>;
    expect(data.salary_band_overrides).toEqual([
      {
        level: 'mid',
        low: 9_000_000,
        high: 9_000_000,
        currency: 'GBP',
        note: 'London',
        changedOn: '2027-01-01',
      },
    ]);
    const copy = await newUser();
    await importBackup(db, copy, backup, { replace: false });
    expect(await listBandOverrides(db, copy)).toEqual(await listBandOverrides(db, userId));
    expect((await listOffers(db, copy))[0]?.receivedOn).toBe('2027-02-20');

    const broken = structuredClone(backup);
    const [edit] = (broken.data as Record<string, unknown[]>).salary_band_overrides as {
      low: number;
    }[];
    if (edit) edit.low = 9_000_001;
    expect(() => parseBackup(broken)).toThrow(InvalidBackupError);
    try {
      parseBackup(broken);
    } catch (error) {
      expect((error as InvalidBackupError).issues).toEqual([
        {
          path: 'backup.data.salary_band_overrides.0.high',
          message: 'must not be below the low end',
        },
      ]);
    }
  });

  it('keep the first day of a ticked item or goal', async () => {
    const userId = await newUser();
    const [offer] = await addOffers(db, userId, [row('A')]);
    if (!offer) throw new Error('offer not added');
    await setNegotiationItem(db, userId, offer.id, 'ask-for-time', '2027-01-01');
    const again = await setNegotiationItem(db, userId, offer.id, 'ask-for-time', '2027-01-09');
    expect(again?.negotiation).toEqual({ 'ask-for-time': '2027-01-01' });
    await setGrowthGoal(db, userId, 'mentor-juniors', '2030-01-01');
    await addGrowthGoals(db, userId, [{ goalId: 'mentor-juniors', doneOn: '2031-01-01' }]);
    expect(await listGrowthGoals(db, userId)).toEqual([
      { goalId: 'mentor-juniors', doneOn: '2030-01-01' },
    ]);
  });
});
