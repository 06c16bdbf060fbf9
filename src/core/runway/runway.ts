import { longDate, round1 } from '../coach/format.js';
import { formatMoney, minorDigits } from '../money.js';
import { addDays, DAYS_PER_MONTH, daysBetween } from '../plan/dates.js';
import type { RunwayInput } from '../progress/types.js';

/** Months the balance is followed at most. */
export const RUNWAY_HORIZON_MONTHS = 120;
/** The money should last this many months past the P80 offer date (notice period, first pay). */
export const MONTHS_AFTER_P80 = 3;

/**
 * Rules of thumb from the career-switch guides, for the UI and the warning. Amounts are US dollars
 * (whole units), as the guides give them.
 */
export const RUNWAY_HINTS = {
  emergencyFundMonths: { min: 6, max: 12 },
  learningBudgetUsd: { min: 500, max: 2_000 },
  bridgeIncomeUsdPerMonth: { min: 2_000, max: 5_000 },
  monthsAfterP80: MONTHS_AFTER_P80,
  tips: [
    {
      id: 'emergency-fund',
      text: 'Before you give up any income, set aside 6 to 12 months of expenses and treat that money as off limits.',
    },
    {
      id: 'learning-budget',
      text: 'Courses, books and cloud credits for the whole switch usually add up to somewhere between $500 and $2,000; free material covers most of the learning.',
    },
    {
      id: 'keep-income',
      text: 'Keeping your job, even part-time, is the cheapest runway there is: the plan takes longer, but your savings stop shrinking.',
    },
    {
      id: 'bridge-income',
      text: 'Once you have a project to show, small paid data jobs for local businesses — an analysis, a simple forecast, an automation — can bridge the gap; the guides put part-time earnings at roughly $2,000 to $5,000 a month.',
    },
    {
      id: 'after-offer',
      text: 'Plan for a few months past the offer date: notice periods and the first paycheck take time.',
    },
  ],
} as const;

export interface RunwayMonth {
  /** YYYY-MM. */
  month: string;
  /** Balance in minor units after this month's income and expenses (month 0: after the budget). */
  balance: number;
}

export interface RunwayWarning {
  id: 'runway-short';
  message: string;
  /**
   * The smallest extra monthly income (or expense cut), in minor units rounded up to a whole
   * currency unit, that makes the money last until the P80 date plus MONTHS_AFTER_P80 months;
   * absent when the savings are already at the floor today.
   */
  extraMonthlyIncome?: number;
}

export interface Runway {
  /** Month 0 is today's month; one entry per month until the floor is reached or the horizon. */
  months: RunwayMonth[];
  /** The emergency fund floor: emergencyFundMonths × monthlyExpenses, in minor units. */
  floor: number;
  /** The day the balance reaches the floor; null if it does not within the horizon. */
  runsOutOn: string | null;
  /** True when the money lasts at least until the P80 offer date. */
  coversP80: boolean;
  /** Months from the P80 date to runsOutOn (negative: runs out before); null if it never does. */
  bufferMonths: number | null;
  /** When the money ends before the P80 offer date plus MONTHS_AFTER_P80 months. */
  warning?: RunwayWarning;
}

/** The same day `months` calendar months later, clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const first = (at: number) =>
    `${String(Math.floor(at / 12)).padStart(4, '0')}-${String((at % 12) + 1).padStart(2, '0')}-01`;
  const length = daysBetween(first(index), first(index + 1));
  return addDays(first(index), Math.min(day, length) - 1);
}

/**
 * The savings month by month from today: month 0 is savings minus the learning budget, then every
 * month adds monthlyIncome and takes monthlyExpenses, rounded to a whole minor unit each month.
 * The runway ends on the day a month's balance is at or below the emergency fund floor; when
 * income covers expenses it never ends. The money should last until the P80 offer date plus
 * MONTHS_AFTER_P80 months, or a `runway-short` warning says how much income would close the gap.
 */
export function runway({
  input,
  today,
  p80,
}: {
  input: RunwayInput;
  today: string;
  p80: string;
}): Runway {
  const net = input.monthlyIncome - input.monthlyExpenses;
  const floor = Math.round(input.emergencyFundMonths * input.monthlyExpenses);
  const monthOf = (index: number) => addMonths(today, index).slice(0, 7);

  let balance = Math.round(input.savings - input.learningBudget);
  const months: RunwayMonth[] = [{ month: monthOf(0), balance }];
  let runsOutAt: number | null = net < 0 && balance <= floor ? 0 : null;
  for (let index = 1; runsOutAt === null && index <= RUNWAY_HORIZON_MONTHS; index++) {
    balance = Math.round(balance + net);
    months.push({ month: monthOf(index), balance });
    if (net < 0 && balance <= floor) runsOutAt = index;
  }

  const runsOutOn = runsOutAt === null ? null : addMonths(today, runsOutAt);
  const result: Runway = {
    months,
    floor,
    runsOutOn,
    coversP80: runsOutOn === null || runsOutOn >= p80,
    bufferMonths: runsOutOn === null ? null : round1(daysBetween(p80, runsOutOn) / DAYS_PER_MONTH),
  };
  const safeUntil = addMonths(p80, MONTHS_AFTER_P80);
  if (runsOutOn !== null && runsOutOn < safeUntil) {
    result.warning = shortWarning(input, today, p80, safeUntil, runsOutOn, floor);
  }
  return result;
}

/**
 * The warning, with the extra monthly income that would close the gap. The balance only falls, so
 * the money lasts when the last month step before `safeUntil` still ends above the floor:
 * start + steps·(net + extra) > floor.
 */
function shortWarning(
  input: RunwayInput,
  today: string,
  p80: string,
  safeUntil: string,
  runsOutOn: string,
  floor: number,
): RunwayWarning {
  const money = (minor: number) => formatMoney(minor, input.currency);
  const start = Math.round(input.savings - input.learningBudget);
  const net = input.monthlyIncome - input.monthlyExpenses;
  const months = input.emergencyFundMonths;
  const reserve = `your reserve of ${money(floor)} (${months} ${months === 1 ? 'month' : 'months'} of expenses)`;

  const when = floor > 0 ? `Your savings reach ${reserve}` : 'Your savings run out';
  const opening =
    runsOutOn === today
      ? `After the learning budget your savings (${money(start)}) are already at or below ${floor > 0 ? reserve : 'zero'}, while a first offer may take until ${longDate(p80)} (the P80 date).`
      : runsOutOn < p80
        ? `${when} around ${longDate(runsOutOn)}, before ${longDate(p80)}, the date by which a first offer is 80% likely.`
        : `${when} around ${longDate(runsOutOn)}, only ${round1(daysBetween(p80, runsOutOn) / DAYS_PER_MONTH)} months after ${longDate(p80)}, the date by which a first offer is 80% likely.`;
  const margin = `Plan for the money to last until about ${longDate(safeUntil)}: notice periods and the first paycheck take a few months.`;

  let steps = 0;
  while (addMonths(today, steps + 1) < safeUntil) steps++;
  if (steps === 0 || start <= floor) {
    return {
      id: 'runway-short',
      message: `${opening} ${margin} Bridging the monthly gap of ${money(-net)} with part-time work or small freelance data jobs, or keeping your job for now, would stop the savings from shrinking; 6 to 12 months of expenses put aside is the usual advice.`,
    };
  }
  const unit = 10 ** (minorDigits(input.currency) ?? 2);
  const exact = Math.floor((floor - start) / steps - net) + 1;
  const extra = Math.ceil(exact / unit) * unit;
  return {
    id: 'runway-short',
    message: `${opening} ${margin} About ${money(extra)} a month more income — part-time work or small freelance data jobs once you have a project to show — or the same amount cut from expenses would get you there.`,
    extraMonthlyIncome: extra,
  };
}
