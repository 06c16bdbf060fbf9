import { type Clause, ML_WORDS, ROLE_NOUN } from './sections.js';

/**
 * What a posting asks for beyond skills: years of experience, a PhD, the kind of role and its
 * level. Each reader takes the clauses of `readStructure` and their roles.
 */

export const KINDS = ['applied', 'research', 'mlops', 'data-science', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export const LEVELS = ['entry', 'mid', 'senior', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUM = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
/** "5+ years", "3-5 years", "at least three (3) years", "10 yrs'", "two to four years", "two or three years". */
export const YEARS_PATTERN = new RegExp(
  String.raw`\b${NUM}(?:\s*\(\d{1,2}\))?\s*(?:\+|plus\b|or more\b)?\s*(?:(?:-|–|—|to|or)\s*${NUM}\s*\+?\s*)?(?:years?|yrs?)\b['’]?`,
  'gi',
);
const NOT_EXPERIENCE_BEFORE =
  /(?:\b(?:founded|for the|over the|in the|within|after|every|each|per|first|next|last|past|under|in|since|about to|for up to)\s*|\bage\s*)$/i;
const NOT_EXPERIENCE_AFTER =
  /^\s*(?:old|ago|of age|in business|of (?:history|runway|funding|growth|operation|existence|profitability)|warranty|running|in a row|from now|later|contract|term|vesting|cliff)/i;
const EXPERIENCE_AFTER =
  /^\s*(?:of|in|with|as|on|at|working|building|shipping|developing|writing|doing|designing|deploying|supporting|professional|industry|hands-on|relevant|practical|commercial|total|combined|applied|production|experience|post-?(?:graduate|doctoral)|[a-z]+ing\b|[)—–-])/i;

const toNumber = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** One "N years" ask: where it is and its lower bound. */
export interface YearsAsk {
  years: number;
  /** Offsets in the normalized text of the whole "N+ years" phrase. */
  start: number;
  end: number;
  clause: Clause;
}

/** Every ask for years of experience in the clauses (any role), with its lower bound. */
export function findYearsAsks(clauses: readonly Clause[]): YearsAsk[] {
  const asks: YearsAsk[] = [];
  for (const clause of clauses) {
    if (clause.heading) continue;
    for (const found of clause.text.matchAll(YEARS_PATTERN)) {
      const before = clause.text.slice(Math.max(0, found.index - 25), found.index);
      const after = clause.text.slice(found.index + found[0].length);
      if (
        NOT_EXPERIENCE_BEFORE.test(before) &&
        !/\b(?:at least|minimum of|over)\s*$/i.test(before)
      ) {
        continue;
      }
      if (NOT_EXPERIENCE_AFTER.test(after)) continue;
      const experience =
        EXPERIENCE_AFTER.test(after) ||
        /\(\s*$/.test(before) ||
        /\bexperience\b/i.test(clause.text);
      if (!experience) continue;
      asks.push({
        years: toNumber(found[1] ?? ''),
        start: clause.start + found.index,
        end: clause.start + found.index + found[0].length,
        clause,
      });
    }
  }
  return asks;
}

/**
 * The years of experience a candidate needs to meet every hard requirement: the largest lower
 * bound among required clauses ("5+ years of software, 2+ of ML" → 5; "3–5 years" → 3); null
 * when the posting asks for none (asks that are only preferred do not count).
 */
export function yearsRequired(asks: readonly YearsAsk[]): number | null {
  const required = asks.filter((ask) => ask.clause.role === 'required' && ask.years <= 40);
  return required.length === 0 ? null : Math.max(...required.map((ask) => ask.years));
}

const PHD = /\b(?:ph\.?\s?d\.?s?|doctorate|doctoral degree|d\.?\s?phil)(?![a-z])/i;
const PHD_ALTERNATIVE =
  /\bor (?:an? )?(?:equivalent|comparable|similar|relevant|commensurate)\b(?!\s+(?:field|discipline|area|subject|domain|major|programs?|quantitative))|\bor (?:an? )?related (?:experience|background|work)|\bequivalent (?:practical |professional |industry |research |work )?experience\b|\b(?:ms|m\.s\.?|msc|m\.sc\.?|master'?s?|bs|b\.s\.?|bsc|bachelor'?s?|ba|ma)\b[^.;]{0,30}?(?:\bor\b|\/|\band\/or\b)\s*(?:an?\s+)?ph\.?\s?d|ph\.?\s?d\.?\s*(?:or|\/)\s*(?:an?\s+)?(?:ms|m\.s|msc|master|equivalent|bs|bachelor|industry|relevant|research|postdoc|professional|work)|\bor \d+\+? years\b|\bin lieu of\b|\bcount(?:s|ed)? (?:toward|towards|as|for)\b/i;
const PHD_NEGATED =
  /\b(?:no|not|don't|do not|doesn't|does not|without)\b[^.;]{0,25}\bph\.?\s?d|ph\.?\s?d\.?[^.;]{0,25}\b(?:not required|not needed|not necessary|optional|a plus|preferred|welcome|helpful|not a must)\b/i;
/** A posting-wide "equivalent experience" statement not tied to a lower degree. */
const EQUIVALENT_ANYWHERE =
  /\b(?:equivalent|comparable) (?:practical |professional |industry |research |work )?experience\b|\bin lieu of (?:a )?(?:degree|ph\.?\s?d)\b/i;
const LOWER_DEGREE = /\b(?:bachelor'?s?|master'?s?|bs|ba|b\.s|ms|m\.s|msc|bsc|undergraduate)\b/i;

/** The clause that makes a PhD a minimum requirement, or null when none does. */
export function phdRequirement(clauses: readonly Clause[]): Clause | null {
  const openElsewhere = clauses.some(
    (clause) =>
      clause.role !== 'ignored' &&
      EQUIVALENT_ANYWHERE.test(clause.text) &&
      !PHD.test(clause.text) &&
      !LOWER_DEGREE.test(clause.text),
  );
  if (openElsewhere) return null;
  return (
    clauses.find(
      (clause) =>
        clause.role === 'required' &&
        !clause.heading &&
        PHD.test(clause.text) &&
        !PHD_ALTERNATIVE.test(clause.text) &&
        !PHD_NEGATED.test(clause.text),
    ) ?? null
  );
}

const RESEARCH_TITLE = /\b(?:research|researcher|postdoc\w*|scientist in residence)\b/i;
const MLOPS_TITLE =
  /\bml ?ops\b|\bllm ?ops\b|\b(?:ml|machine learning|ai|model|inference|training) (?:platform|infrastructure|infra|ops|operations|reliability|serving|systems engineer)\b|\bplatform\b.*\b(?:ml|machine learning|ai)\b|\b(?:ml|machine learning|ai)\b.*\bplatform\b/i;
const DATA_SCIENCE_TITLE =
  /\bdata scien(?:ce|tists?)\b|\b(?:product|decision|quantitative|marketing|business|data) (?:analysts?|analytics)\b|\banalytics\b|\bstatisticians?\b|\bbiostatisticians?\b|\bexperimentation\b|\binsights?\b/i;
const APPLIED_SCIENTIST = /\bapplied (?:scientists?|science|researchers?|ml|ai)\b/i;

const RESEARCH_SIGNAL =
  /\b(?:publish\w*|publications?|first[- ]author|peer[- ]reviewed|novel|state[- ]of[- ]the[- ]art|research|papers?|ph\.?\s?d)\b|\b(?:NeurIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|AAAI)\b/gi;
const MLOPS_SIGNAL =
  /\b(?:platform|infrastructure|kubernetes|terraform|ci\/cd|registry|feature stores?|serving|sre|reliability|observability|orchestrat\w*)\b/gi;
const DATA_SCIENCE_SIGNAL =
  /\b(?:a\/b|experiments?|dashboards?|stakeholders?|insights?|analytics|causal|hypothesis|tableau|looker|metrics|analysis)\b/gi;
const APPLIED_SIGNAL =
  /\b(?:models?|deploy\w*|production|ship\w*|train\w*|inference|pytorch|machine learning|ML)\b/gi;

const count = (pattern: RegExp, texts: readonly string[]) =>
  texts.reduce((sum, text) => sum + (text.match(pattern)?.length ?? 0), 0);

/**
 * The kind of role, from the title first (research, MLOps/platform, data science, applied ML,
 * other) and, for a title that says nothing useful, from what the body talks about.
 */
export function classifyKind(title: string, clauses: readonly Clause[]): Kind {
  if (RESEARCH_TITLE.test(title)) return 'research';
  if (MLOPS_TITLE.test(title)) return 'mlops';
  if (DATA_SCIENCE_TITLE.test(title)) return 'data-science';
  if (APPLIED_SCIENTIST.test(title)) return 'applied';
  const body = clauses.filter((clause) => clause.role !== 'ignored').map((clause) => clause.text);
  if (/\bscientists?\b/i.test(title)) {
    return count(RESEARCH_SIGNAL, body) >= 4 ? 'research' : 'applied';
  }
  if (ML_WORDS.test(title)) return 'applied';
  if (title && ROLE_NOUN.test(title)) return 'other';
  const scores: [Kind, number][] = [
    ['applied', count(APPLIED_SIGNAL, body)],
    ['research', count(RESEARCH_SIGNAL, body) * 1.5],
    ['mlops', count(MLOPS_SIGNAL, body)],
    ['data-science', count(DATA_SCIENCE_SIGNAL, body)],
  ];
  const mlWords = body.some((text) => ML_WORDS.test(text) || /\bmodels?\b/i.test(text));
  if (!mlWords) return 'other';
  scores.sort((a, b) => b[1] - a[1]);
  return (scores[0] as [Kind, number])[0];
}

const ENTRY =
  /\b(?:intern|internship|junior|jr\.?|entry[- ]level|graduate|new grads?|apprentice\w*|trainee|associate|working student|werkstudent)\b/i;
const SENIOR =
  /\b(?:senior|sr\.?|staff|principal|lead|head|director|distinguished|vp|chief|manager)\b/i;
const MID = /\b(?:mid[- ]?level|mid[- ]senior|intermediate|mid)\b/i;
const NUMBERED = /\b(?:engineer|scientist|analyst|developer|researcher)\s+(i{1,3}|iv|v|[1-5])\b/i;
const LEVEL_FIELD =
  /\b(?:level|seniority|experience level|career level)\s*[:：]\s*([^\n·|,;]{2,30})/i;

/**
 * A level written alone on a line near the top, as career sites print it under the title
 * ("Mid", "Early", "Advanced", "Entry level").
 */
const LEVEL_LINE =
  /^[ \t]*(mid|mid[- ]level|senior|junior|entry[- ]level|early|early career|advanced)[ \t]*$/im;
const LEVEL_LABELS: Readonly<Record<string, Level>> = {
  mid: 'mid',
  senior: 'senior',
  junior: 'entry',
  entry: 'entry',
  early: 'entry',
  advanced: 'senior',
};

function levelOfWords(text: string): Level | null {
  if (SENIOR.test(text) && !MID.test(text)) return 'senior';
  if (MID.test(text)) return 'mid';
  if (ENTRY.test(text)) return 'entry';
  const numbered = NUMBERED.exec(text)?.[1]?.toLowerCase();
  if (numbered === 'i' || numbered === '1') return 'entry';
  if (numbered === 'ii' || numbered === '2') return 'mid';
  if (numbered) return 'senior';
  return null;
}

/**
 * The level: from the title ("Senior", "Staff", "II", "Intern"), else a "Level:" field, else an
 * "entry-level"/"new grads" mention, else the years asked (0–1 entry, 2–4 mid, 5+ senior).
 */
export function classifyLevel(
  title: string,
  text: string,
  clauses: readonly Clause[],
  years: number | null,
): Level {
  const fromTitle = levelOfWords(title);
  if (fromTitle) return fromTitle;
  const field = LEVEL_FIELD.exec(text.slice(0, 3000))?.[1];
  const fromField = field ? levelOfWords(field) : null;
  if (fromField) return fromField;
  const label = LEVEL_LINE.exec(text.slice(0, 1500))?.[1]?.toLowerCase();
  const fromLabel = label && LEVEL_LABELS[label.replace(/[\s-]+(?:level|career)$/, '')];
  if (fromLabel) return fromLabel;
  const body = clauses.filter((clause) => clause.role !== 'ignored');
  if (
    body.some((clause) =>
      /\b(?:entry[- ]level|new grads?|recent graduates?|early[- ]career)\b/i.test(clause.text),
    )
  ) {
    return 'entry';
  }
  if (years === null) return 'unknown';
  if (years <= 1) return 'entry';
  if (years <= 4) return 'mid';
  return 'senior';
}
