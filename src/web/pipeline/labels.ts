import {
  FITS,
  PROGRESSION,
  REFERRAL_STATES,
  SOURCE_LABELS,
  SOURCES,
  STAGE_LABELS,
  STAGES,
  TIERS,
} from '../../core/pipeline/vocabulary';
import type { Fit, ReferralState, Source, Stage } from './api';

export { FITS, PROGRESSION, REFERRAL_STATES, SOURCE_LABELS, SOURCES, STAGE_LABELS, STAGES, TIERS };

export const stageLabel = (stage: Stage) => STAGE_LABELS[stage];
export const sourceLabel = (source: Source) => SOURCE_LABELS[source];

/** Short names for the board's badges. */
export const SOURCE_SHORT: Record<Source, string> = {
  referral: 'Referral',
  cold: 'Cold',
  recruiter: 'Recruiter',
  network: 'Network',
  'job-board': 'Job board',
};

export const REFERRAL_LABELS: Record<ReferralState, string> = {
  none: 'Not asked',
  asked: 'Asked for a referral',
  given: 'Referred you',
};

export const fitOf = (fit: Fit | undefined) => FITS.find((item) => item.id === fit);
export const tierOf = (tier: number | undefined) => TIERS.find((item) => item.tier === tier);

/** Lowercase words without punctuation, for loose comparisons of names and industries. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * True when a company's industry is the user's previous domain ("Healthcare" and "health care
 * software" both match "healthcare"): the companies where a switcher's background counts most.
 */
export function matchesDomain(industry: string | undefined, domain: string | undefined): boolean {
  if (!industry || !domain) return false;
  const [a, b] = [words(industry), words(domain)];
  if (!a || !b) return false;
  const squash = (text: string) => text.replace(/ /g, '');
  return squash(a).includes(squash(b)) || squash(b).includes(squash(a));
}

/** "3 days", "1 day". */
export const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

/** A share as a whole percentage, or a dash when there is nothing to divide. */
export const percent = (value: number | null) =>
  value === null ? '—' : `${Math.round(value * 100)}%`;
