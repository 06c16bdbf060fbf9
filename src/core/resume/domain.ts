import { type Domain, loadCatalog } from '../../catalog/index.js';
import { matchDomain } from '../plan/specialization.js';
import { AMBIGUOUS_DOMAIN_WORDS, alternation } from './bullet-rules.js';
import type { Resume } from './schema.js';

/** The career someone is switching from, and the words that show it on a page. */
export interface PriorDomain {
  /** The catalog domain, when the career matches one. */
  domain: Domain | undefined;
  /** How to name it in messages and letters: the user's own words, or the catalog title. */
  label: string;
  /** Lowercase words whose presence shows the domain (catalog keywords and the user's words). */
  words: string[];
}

const STOPWORDS = new Set(
  'and or the a an of in at for to with from as by on my our former prior previous ex years year work worked job role'.split(
    ' ',
  ),
);

const usableKeywords = (domain: Domain) =>
  [domain.id, domain.title.toLowerCase(), ...domain.keywords].filter(
    (word) => !AMBIGUOUS_DOMAIN_WORDS.has(word),
  );

/**
 * The prior-career domain: from the profile's free-text `domain` when given (matched to the
 * catalog like the planner does), otherwise inferred from the experience section by counting
 * catalog domain keywords. Undefined when neither says anything.
 */
export function priorDomain(resume: Resume, domainText?: string): PriorDomain | undefined {
  const domains = loadCatalog().domains;
  if (domainText?.trim()) {
    const domain = matchDomain(domainText, domains);
    const own = domainText
      .toLowerCase()
      .split(/[^a-z0-9+-]+/)
      .filter((word) => word.length >= 3 && !STOPWORDS.has(word));
    return {
      domain,
      label: domain ? domain.title.toLowerCase() : domainText.trim(),
      words: [...new Set([...own, ...(domain ? usableKeywords(domain) : [])])],
    };
  }
  const experience = resume.experience
    .map((job) => [job.role, job.company, ...job.bullets].join(' '))
    .join(' ');
  let best: { domain: Domain; hits: number } | undefined;
  for (const domain of domains) {
    const hits = countMentions(experience, usableKeywords(domain));
    if (hits > 0 && (!best || hits > best.hits)) best = { domain, hits };
  }
  return best
    ? {
        domain: best.domain,
        label: best.domain.title.toLowerCase(),
        words: usableKeywords(best.domain),
      }
    : undefined;
}

const patternOf = (words: string[]) =>
  new RegExp(
    `\\b(?:${alternation([...words].sort((a, b) => b.length - a.length))})(?:s|es)?\\b`,
    'gi',
  );

/** How many times any of the words occurs in the text, whole words, plural or singular. */
export function countMentions(text: string, words: string[]): number {
  if (words.length === 0) return 0;
  return text.match(patternOf(words))?.length ?? 0;
}

/** The first of the words the text mentions, as written there. */
export function firstMention(text: string, words: string[]): string | undefined {
  if (words.length === 0) return undefined;
  return text.match(patternOf(words))?.[0];
}
