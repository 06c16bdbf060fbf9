/**
 * The planner's calibration: every number that turns catalog hours into calendar time. The
 * README explains how they reproduce the seed articles' timelines.
 */
export const MODEL = {
  /**
   * Learning saturates: hours up to `fullValueHours` a week count in full, the next ones up to
   * `secondTierHours` count at `secondTierValue`, and the rest at `restValue`.
   */
  fullValueHours: 20,
  secondTierHours: 40,
  secondTierValue: 0.5,
  restValue: 0,
  /**
   * Share of a project's catalog hours that is new time: the rest is the hands-on practice the
   * skills it uses already budget in their build hours, done inside the project instead.
   */
  projectNewTimeShare: 0.6,
  /** Remaining hours at or below this are a refresher, not a task: the skill counts as known. */
  refresherHours: 3,
  /** A job search with a finished portfolio, at normal hours (months, median). */
  jobSearchMonths: 3,
  /** Below this many hours a week the search stretches by `lowHoursStretch` per missing hour. */
  jobSearchFullHours: 10,
  lowHoursStretch: 0.06,
  /** Spread (sigma of the log) of how long a skill or project really takes against its estimate. */
  taskSpread: 0.3,
  /** Spread of the weekly hours a person actually keeps. */
  capacitySpread: 0.15,
  /** Spread of the job search's length. */
  jobSearchSpread: 0.4,
  /** Monte Carlo runs behind the P80, with a fixed seed so the output is reproducible. */
  simulations: 300,
  seed: 20_261_123,
  /** Weeks after applications start when a first interview is usually scheduled. */
  weeksToFirstInterview: 5,
  /** How the job-search weeks are spent. */
  jobSearchSplit: [
    {
      id: 'applications',
      title: 'Targeted applications and follow-ups',
      share: 0.35,
      mode: 'build',
    },
    { id: 'networking', title: 'Networking and referral requests', share: 0.2, mode: 'build' },
    {
      id: 'interview-practice',
      title: 'Interview practice: coding, ML and system design',
      share: 0.3,
      mode: 'build',
    },
    { id: 'review-fundamentals', title: 'Review of ML fundamentals', share: 0.15, mode: 'theory' },
  ],
} as const;

/** Weekly hours that turn into learning, given the hours a person plans to spend. */
export function effectiveHours(hoursPerWeek: number): number {
  const { fullValueHours, secondTierHours, secondTierValue, restValue } = MODEL;
  if (hoursPerWeek <= fullValueHours) return hoursPerWeek;
  const second = Math.min(hoursPerWeek, secondTierHours) - fullValueHours;
  const rest = Math.max(0, hoursPerWeek - secondTierHours);
  return fullValueHours + second * secondTierValue + rest * restValue;
}

/** Median job-search length in months: longer when few hours a week go into it. */
export function jobSearchMonths(hoursPerWeek: number): number {
  const missing = Math.max(0, MODEL.jobSearchFullHours - hoursPerWeek);
  return MODEL.jobSearchMonths * (1 + missing * MODEL.lowHoursStretch);
}
