import { loadInterviewCatalog } from '../../catalog/interview/index.js';
import { growthGoals } from '../../core/growth/goals.js';
import { formatGap, formatMoney, minorDigits, toMinor } from '../../core/money.js';
import { type ComparedOffer, compareOffers, OfferInputSchema } from '../../core/offers/compare.js';
import {
  AcceptanceDayError,
  acceptOffer,
  addOffers,
  listBandOverrides,
  listOffers,
  type OfferRecord,
  setNegotiationItem,
  unacceptOffer,
} from '../../db/offers.js';
import { localToday } from '../clock.js';
import { pickAccount, withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { table } from '../format.js';
import { print, printJson } from '../output.js';
import { pickById, shortId } from '../pick.js';
import { defined, parseInput } from '../validate.js';

/**
 * `mlpath offers`: the offers of the web app's Offers area, compared by the same core function as
 * `GET /api/offers/compare` (first-year and steady-state totals, the gap to the best offer in the
 * same currency, the salary band of the level). Nothing is converted between currencies.
 */

/** `mlpath offers`: every stored offer side by side. */
export async function offersCompare(options: { email?: string; json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const [offers, overrides] = await Promise.all([
      listOffers(db, account.id),
      listBandOverrides(db, account.id),
    ]);
    const comparison = compareOffers(offers, { today: localToday(), overrides });
    const rows = comparison.offers.flatMap(({ index, ...compared }) => {
      const offer = offers[index];
      return offer ? [{ offer, compared }] : [];
    });
    if (options.json) {
      return printJson({
        offers: rows.map(({ offer, compared }) => ({
          id: offer.id,
          ...compared,
          location: offer.location,
          base: offer.base,
          bonus: offer.bonus,
          equityPerYear: offer.equityPerYear,
          signOn: offer.signOn,
          accepted: offer.acceptedOn !== undefined,
        })),
        currencies: comparison.currencies,
        currencyNote: comparison.currencyNote,
        bands: comparison.bands,
      });
    }
    if (rows.length === 0) {
      return print(
        `No offers saved for ${account.email} yet. Add one: mlpath offers add --company Acme --role "ML Engineer" --level entry --location Remote --currency USD --base 120000`,
      );
    }
    const lines = [`Offers of ${account.email}`, comparisonTable(rows)];
    if (comparison.currencyNote) lines.push('', comparison.currencyNote);
    if (rows.some(({ compared }) => compared.band?.below && compared.band.origin === 'article')) {
      const { title, year, caveat } = comparison.bandSource;
      lines.push('', `Salary bands: ${title} (${year}). ${caveat}`);
    }
    print(lines.join('\n'));
  });
}

type Row = { offer: OfferRecord; compared: Omit<ComparedOffer, 'index'> };

/** One column per offer, one line per figure; the best total in its currency is starred. */
function comparisonTable(rows: Row[]): string {
  const money = (pick: (row: Row) => number) => (row: Row) =>
    formatMoney(pick(row), row.offer.currency);
  const lines: [string, (row: Row) => string][] = [
    ['id', ({ offer }) => shortId(offer)],
    ['role', ({ offer }) => offer.role],
    ['level', ({ offer }) => offer.level],
    ['location', ({ offer }) => offer.location],
    ['base', money(({ offer }) => offer.base)],
    ['bonus', money(({ offer }) => offer.bonus)],
    ['equity / year', money(({ offer }) => offer.equityPerYear)],
    ['sign-on', money(({ offer }) => offer.signOn)],
    [
      'first year',
      (row) =>
        `${formatMoney(row.compared.firstYearTotal, row.offer.currency)}${row.compared.bestFirstYear ? ' *' : ''}`,
    ],
    ['  vs best', (row) => formatGap(row.compared.firstYearVsBest, row.offer.currency)],
    [
      'each year after',
      (row) =>
        `${formatMoney(row.compared.steadyStateTotal, row.offer.currency)}${row.compared.bestSteadyState ? ' *' : ''}`,
    ],
    ['  vs best', (row) => formatGap(row.compared.steadyStateVsBest, row.offer.currency)],
    ['salary band', ({ compared: { band } }) => bandText(band)],
    ['answer by', ({ compared }) => deadlineText(compared)],
    ['accepted', ({ offer }) => offer.acceptedOn ?? ''],
  ];
  const filled = lines
    .map(([label, cell]) => [`  ${label}`, ...rows.map(cell)])
    .filter((cells) => cells.slice(1).some((cell) => cell !== ''));
  return table([['', ...rows.map(({ offer }) => offer.company)], ...filled]);
}

function bandText(band: ComparedOffer['band']): string {
  if (!band) return 'no band in this currency';
  const range = `${formatMoney(band.low, band.currency)}–${formatMoney(band.high, band.currency)}`;
  return `${band.below ? 'below' : 'within'} ${range}${band.origin === 'mine' ? ' (your figures)' : ''}`;
}

function deadlineText({ deadline, daysToDeadline }: Omit<ComparedOffer, 'index'>): string {
  if (!deadline) return '';
  if (daysToDeadline === null) return deadline;
  if (daysToDeadline < 0) return `${deadline} (passed)`;
  return `${deadline} (${daysToDeadline === 0 ? 'today' : `in ${daysToDeadline} d`})`;
}

export interface OfferAddOptions {
  company?: string;
  role?: string;
  level?: string;
  location?: string;
  currency?: string;
  base?: string;
  bonus?: string;
  equity?: string;
  signOn?: string;
  benefits?: string;
  deadline?: string;
  received?: string;
  email?: string;
  json?: boolean;
}

const AMOUNT_FLAGS = { base: '--base', bonus: '--bonus', equity: '--equity', signOn: '--sign-on' };

/** `mlpath offers add`: records one offer; amounts are typed in whole currency units. */
export async function offersAdd(options: OfferAddOptions): Promise<void> {
  const currency = options.currency?.trim().toUpperCase();
  const digits = currency === undefined ? null : minorDigits(currency);
  if (currency !== undefined && digits === null) {
    throw new UsageError('--currency: must be a three-letter currency code, such as USD or EUR');
  }
  const amounts: Record<string, number | undefined> = {};
  for (const [key, flag] of Object.entries(AMOUNT_FLAGS)) {
    const text = options[key as keyof typeof AMOUNT_FLAGS];
    if (text === undefined || currency === undefined) continue;
    const minor = toMinor(text, currency);
    if (minor === null) {
      throw new UsageError(
        `${flag}: must be an amount of 0 or more in ${digits ? `${currency}, with at most ${digits} decimal${digits === 1 ? '' : 's'}` : `whole ${currency}`} (such as 120000)`,
      );
    }
    amounts[key] = minor;
  }
  const input = parseInput(
    OfferInputSchema,
    defined({
      company: options.company,
      role: options.role,
      level: options.level,
      location: options.location,
      currency,
      base: amounts.base,
      bonus: amounts.bonus,
      equityPerYear: amounts.equity,
      signOn: amounts.signOn,
      benefits: options.benefits,
      deadline: options.deadline,
      receivedOn: options.received,
    }),
    {
      company: '--company',
      role: '--role',
      level: '--level',
      location: '--location',
      currency: '--currency',
      base: '--base',
      bonus: '--bonus',
      equityPerYear: '--equity',
      signOn: '--sign-on',
      benefits: '--benefits',
      deadline: '--deadline',
      receivedOn: '--received',
    },
  );
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const [offer] = await addOffers(db, account.id, [{ ...input, negotiation: {} }]);
    if (!offer) throw new Error('the offer was not saved');
    if (options.json) return printJson(offer);
    const compared = compareOffers([input]).offers[0];
    print(
      `Added the ${offer.company} offer: ${formatMoney(compared?.firstYearTotal ?? 0, offer.currency)} the first year, ${formatMoney(compared?.steadyStateTotal ?? 0, offer.currency)} each year after.`,
    );
  });
}

/**
 * The offer `ref` names: the start of its id as `mlpath offers` shows it, or its company when only
 * one offer is from that company.
 */
function pickOffer(offers: readonly OfferRecord[], ref: string): OfferRecord {
  const company = ref.trim().toLowerCase();
  const fromCompany = offers.filter((offer) => offer.company.toLowerCase() === company);
  if (fromCompany.length === 1 && fromCompany[0]) return fromCompany[0];
  if (fromCompany.length > 1) {
    throw new UsageError(
      `offer: ${fromCompany.length} offers are from ${ref}; name one by its id (see mlpath offers)`,
    );
  }
  return pickById(offers, ref, 'offer', 'mlpath offers');
}

/**
 * `mlpath offers accept OFFER [--on DATE]`: accepts one offer (any other accepted one is taken
 * back) and starts growth mode, as the web app's Accept button does.
 */
export async function offersAccept(
  ref: string,
  options: { on?: string; email?: string; json?: boolean },
): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const offer = pickOffer(await listOffers(db, account.id), ref);
    const today = localToday();
    const accepted = await acceptOffer(
      db,
      account.id,
      offer.id,
      today,
      defined({ on: options.on }),
    ).catch((error: unknown) => {
      if (error instanceof AcceptanceDayError) throw new UsageError(`--on: ${error.message}`);
      throw error;
    });
    if (!accepted?.acceptedOn) throw new UsageError(`offer: no offer with the id ${ref}`);
    const growth = growthGoals(accepted.acceptedOn, today);
    if (options.json) return printJson({ offer: accepted, growth });
    const lines = [
      `Accepted the ${accepted.company} offer (${accepted.role}) on ${accepted.acceptedOn}: growth mode starts.`,
      `${growth.stage.title}. ${growth.stage.focus}`,
      ...growth.goals.map((goal) => `  ${goal.done ? '✓' : '·'} ${goal.title}`),
      "The web app's Offers page tracks these goals; mlpath offers unaccept takes this back.",
    ];
    print(lines.join('\n'));
  });
}

/** `mlpath offers unaccept OFFER`: takes the acceptance back (job-search mode again). */
export async function offersUnaccept(
  ref: string,
  options: { email?: string; json?: boolean },
): Promise<void> {
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    const offer = pickOffer(await listOffers(db, account.id), ref);
    if (offer.acceptedOn === undefined) {
      throw new UsageError(`offer: the ${offer.company} offer is not accepted`);
    }
    const updated = await unacceptOffer(db, account.id, offer.id);
    if (!updated) throw new UsageError(`offer: no offer with the id ${ref}`);
    if (options.json) return printJson(updated);
    print(`The ${updated.company} offer is no longer accepted; mlpath is back in job-search mode.`);
  });
}

function negotiationText(offer: OfferRecord): string {
  const items = loadInterviewCatalog().offers.negotiation;
  const done = items.filter((item) => offer.negotiation[item.id] !== undefined).length;
  return [
    `Negotiation checklist for the ${offer.company} offer: ${done} of ${items.length} done`,
    ...items.map((item, index) => {
      const day = offer.negotiation[item.id];
      return `  ${day ? '✓' : '·'} ${index + 1}. ${item.item}${day ? ` (${day})` : ''}`;
    }),
  ].join('\n');
}

/**
 * `mlpath offers negotiate OFFER [N…]`: the negotiation checklist of one offer; with item numbers,
 * ticks them dated today (or unticks them with `--undo`) first.
 */
export async function offersNegotiate(
  ref: string,
  items: string[],
  options: { undo?: boolean; email?: string; json?: boolean },
): Promise<void> {
  const checklist = loadInterviewCatalog().offers.negotiation;
  const chosen = items.map((text) => {
    const item = /^\d+$/.test(text) ? checklist[Number(text) - 1] : undefined;
    if (!item) {
      throw new UsageError(
        `ITEM: ${text} is not an item number of the checklist (1 to ${checklist.length})`,
      );
    }
    return item.id;
  });
  await withDatabase(async ({ db }) => {
    const account = await pickAccount(db, options.email);
    let offer = pickOffer(await listOffers(db, account.id), ref);
    const today = localToday();
    for (const itemId of chosen) {
      const updated = await setNegotiationItem(
        db,
        account.id,
        offer.id,
        itemId,
        options.undo ? null : today,
      );
      if (!updated) throw new UsageError(`offer: no offer with the id ${ref}`);
      offer = updated;
    }
    if (options.json) return printJson(offer);
    print(negotiationText(offer));
  });
}
