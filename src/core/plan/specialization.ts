import type { Domain } from '../../catalog/schema.js';
import type { Profile } from '../profile.js';

export interface SpecializationChoice {
  id: NonNullable<Profile['specialization']>;
  reason: string;
  /** The catalog domain the free-text prior career matched, for project variants. */
  domain: Domain | undefined;
}

const words = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9+]+/g, ' ')} `;

/**
 * Matches free text ("ICU nurse", "supply-chain analyst") to a catalog domain by whole-word
 * keywords; the domain with most matching keywords wins, ties go to catalog order.
 */
export function matchDomain(text: string | undefined, domains: Domain[]): Domain | undefined {
  if (!text?.trim()) return undefined;
  const haystack = words(text);
  let best: { domain: Domain; score: number } | undefined;
  for (const domain of domains) {
    const needles = [domain.id, domain.title, ...domain.keywords].map(words);
    const score = needles.filter((needle) => needle.trim() && haystack.includes(needle)).length;
    if (score > 0 && (!best || score > best.score)) best = { domain, score };
  }
  return best?.domain;
}

/** The user's specialization, or one picked from their prior-career domain, with the reason. */
export function pickSpecialization(profile: Profile, domains: Domain[]): SpecializationChoice {
  const domain = matchDomain(profile.domain, domains);
  if (profile.specialization) {
    return { id: profile.specialization, reason: 'You chose this specialization.', domain };
  }
  if (domain) {
    return {
      id: domain.specialization,
      reason: `Picked from your prior career (${domain.title}): ${domain.specializationReason}`,
      domain,
    };
  }
  return {
    id: 'tabular',
    reason: profile.domain?.trim()
      ? `Your domain "${profile.domain}" did not match one we know, so tabular ML: most applied ML work runs on tables, and it transfers to any industry.`
      : 'No prior-career domain given, so tabular ML: most applied ML work runs on tables, and it transfers to any industry.',
    domain,
  };
}
