import { z } from 'zod';
import {
  ACTIVITY_NOUNS,
  ACTIVITY_OPENERS,
  ADJECTIVE_OPENERS,
  BASELINE,
  BUSINESS_NOUNS,
  DASHBOARD,
  DATA_ITEMS,
  DATA_SPAN_NOUNS,
  DEPLOYMENT,
  DEPLOYMENT_CASED,
  domainWords,
  EFFORT_NOUNS,
  ENTITY_NOUNS,
  EVALUATION_SET,
  INFLATED,
  LEADING_PRONOUN,
  METRIC_NAMES,
  METRIC_NAMES_CASED,
  ML_CONTEXT,
  MODEL_FAMILIES,
  MODEL_PROPER_NAMES,
  MONITORING,
  OUTCOME_VERBS,
  PRONOUN_I,
  ROLE_NOUNS,
  STRONG_VERBS,
  TOOL_LIST_OPENER,
  UNQUANTIFIED,
  WEAK_OPENERS,
} from './bullet-rules.js';
import { findCatalogTerms } from './terms.js';

/** The evidence a resume bullet can carry, in the order the contract lists them. */
export const BULLET_ELEMENTS = [
  'action-verb',
  'metric',
  'baseline',
  'dataset-size',
  'model',
  'evaluation-set',
  'deployment',
  'monitoring',
  'domain',
  'business-impact',
] as const;
export type BulletElement = (typeof BULLET_ELEMENTS)[number];

export const VERDICTS = ['weak', 'fair', 'strong'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The output of `mlpath coach-bullet --json` (the contract). */
export const BulletCoachingSchema = z.object({
  score: z.number().int().min(0).max(100),
  verdict: z.enum(VERDICTS),
  has: z.array(z.enum(BULLET_ELEMENTS)),
  missing: z.array(z.enum(BULLET_ELEMENTS)),
  issues: z.array(z.object({ id: z.string(), message: z.string() })),
  suggestion: z.string(),
});
export type BulletCoaching = z.infer<typeof BulletCoachingSchema>;
export type BulletIssue = BulletCoaching['issues'][number];

/** Points each element adds; the sum can pass 100 and is clamped. */
export const ELEMENT_POINTS: Record<BulletElement, number> = {
  'action-verb': 10,
  metric: 30,
  baseline: 15,
  'dataset-size': 15,
  model: 15,
  'evaluation-set': 12,
  deployment: 15,
  monitoring: 15,
  domain: 6,
  'business-impact': 12,
};

/** Verdict bands of the contract. */
export const FAIR_FROM = 40;
export const STRONG_FROM = 70;
/** More words than this no longer fit in two lines of a one-page resume. */
export const MAX_WORDS = 40;

export const verdictOf = (score: number): Verdict =>
  score >= STRONG_FROM ? 'strong' : score >= FAIR_FROM ? 'fair' : 'weak';

/** What a number in a bullet stands for. */
export type NumberKind = 'result' | 'dataset' | 'effort' | 'leaderboard' | 'split' | 'other';

export interface NumberReading {
  text: string;
  start: number;
  end: number;
  kind: NumberKind;
  /** Money or time saved: a business result as well as a measured one. */
  business: boolean;
  /** A change measured against the previous state ("by 18%", "2.3x more … than"). */
  relative: boolean;
}

/** Everything the rules read from one bullet; `coachBullet` turns it into the contract output. */
export interface BulletAnalysis {
  /** The bullet with whitespace collapsed and any list marker removed. */
  text: string;
  /** `text` without a leading pronoun: where the opening verb is looked for. */
  body: string;
  opener: 'strong' | 'weak' | 'activity' | 'none';
  /** The weak or activity opener as written ("Worked on", "Completed"). */
  openerText: string;
  elements: Set<BulletElement>;
  numbers: NumberReading[];
  mlContext: boolean;
  toolList: boolean;
  /** Effort with no outcome: learning, attending, counting projects or time spent. */
  activity: boolean;
  /** Learning rather than work: courses, certificates, or a count of practice projects. */
  learning: boolean;
  firstPerson: boolean;
  leaderboard: boolean;
  metricName: string | undefined;
  inflated: string | undefined;
  unquantified: string | undefined;
  words: number;
}

const NUMBER =
  /(?<![\w.,])([$€£]\s?)?(\d+(?:[.,]\d+)*)(\s?(?:k|K|M|bn)\b|\s(?:million|thousand|billion)\b)?/g;
const TIME_UNIT = /^\s?(?:hours?|hrs?|h|days?|minutes?|mins?|weeks?|months?|years?)\b/i;
const CONNECTORS = new Set(
  'vs versus on in at for with and to from after against over than when while using across compared which that but or up down within before by the a an per of'.split(
    ' ',
  ),
);
const EFFORT_SET = new Set(EFFORT_NOUNS);
const DATA_ITEM_SET = new Set(DATA_ITEMS);
const ENTITY_SET = new Set(ENTITY_NOUNS);
const SINGULAR_DATA = new Set(
  [...DATA_ITEMS, ...ENTITY_NOUNS].map((noun) => noun.replace(/(?<=[^s])s$/, '')),
);
const outcomeVerbs = OUTCOME_VERBS.join('|');
const businessNouns = [...BUSINESS_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map((noun) => noun.replace(/ /g, '\\s+'))
  .join('|');
const BUSINESS_OUTCOME = new RegExp(
  `\\b(?:${outcomeVerbs})\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${businessNouns})\\b|\\b(?:${businessNouns})\\s+(?:fell|dropped|rose|grew|went\\s+down|went\\s+up|decreased|increased|shrank)\\b|\\b(?:reduction|increase|drop|decrease|savings|growth|fall|rise|uplift)\\s+in\\s+(?:[\\w-]+\\s+)?(?:${businessNouns})\\b`,
  'i',
);
const COMPARATIVE_THAN =
  /\b(?:more|fewer|less|higher|lower|faster|slower|better|cheaper|smaller|larger|earlier|sooner)\s+(?:[\w'’-]+\s+){0,3}?than\b/i;

const lower = (word: string) => word.toLowerCase();
const firstWord = (text: string) => text.match(/^\s*([A-Za-z][\w'’-]*)/)?.[1];

/** Reads what each number in a bullet stands for: a result, a dataset size, effort, or nothing. */
export function readNumbers(text: string, mlContext: boolean): NumberReading[] {
  const matches = [...text.matchAll(NUMBER)];
  const readings: NumberReading[] = matches.map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    kind: 'other',
    business: false,
    relative: false,
  }));
  const paired = new Set([...fromToPairs(text, readings), ...comparedPairs(text, readings)]);
  for (const reading of readings) {
    classify(text, reading, mlContext, paired.has(reading));
  }
  return readings;
}

const isYear = (reading: NumberReading) => /^(?:19|20)\d\d$/.test(reading.text);

/** Two numbers set against each other: "0.91 against 0.55", "6.5 minutes versus 11 minutes". */
function comparedPairs(text: string, readings: NumberReading[]): Set<NumberReading> {
  const pairs = new Set<NumberReading>();
  readings.forEach((first, index) => {
    const second = readings[index + 1];
    if (!second || (isYear(first) && isYear(second))) return;
    const between = text.slice(first.end, second.start);
    const compared =
      /^\s?(?:%|x|[A-Za-z]+)?\s*\(?\s*(?:vs\.?|versus|against|compared\s+(?:to|with)|relative\s+to)\s+(?:(?:a|an|the|about|roughly|only|just)\s+)?[$€£]?$/i;
    if (compared.test(between)) {
      for (const reading of [first, second]) {
        reading.relative = true;
        pairs.add(reading);
      }
    }
  });
  return pairs;
}

/** Numbers inside "from X to Y" (or "to Y from X"), except date ranges. */
function fromToPairs(text: string, readings: NumberReading[]): Set<NumberReading> {
  const inPairs = new Set<NumberReading>();
  readings.forEach((first, index) => {
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const opener = /\b(from|to)\s+(?:[\w$€£~-]+\s+){0,2}?$/i.exec(before)?.[1]?.toLowerCase();
    if (!opener) return;
    const closer = opener === 'from' ? 'to' : 'from';
    for (const second of readings.slice(index + 1)) {
      const between = text.slice(first.end, second.start);
      if (between.length > 70 || /[.;]\s/.test(between)) break;
      const pattern = new RegExp(`\\b${closer}\\s+(?:[\\w$€£~-]+\\s+){0,2}?$`, 'i');
      if (!pattern.test(between)) continue;
      if (!(isYear(first) && isYear(second))) {
        inPairs.add(first);
        inPairs.add(second);
        first.relative = true;
        second.relative = true;
      }
      return;
    }
  });
  return inPairs;
}

function classify(text: string, reading: NumberReading, mlContext: boolean, inFromTo: boolean) {
  const before = text.slice(Math.max(0, reading.start - 80), reading.start);
  const after = text.slice(reading.end, reading.end + 90);
  const digits = reading.text.replace(/^[$€£]\s?/, '');
  const value = Number.parseFloat(digits.replace(/,/g, ''));
  const scaled = /(?:k|K|M|bn|million|thousand|billion)$/.test(digits);
  const currency =
    /^[$€£]/.test(reading.text) || /^\s?(?:usd|eur|gbp|dollars|euros|pounds)\b/i.test(after);
  const set = (kind: NumberKind, extra: Partial<NumberReading> = {}) => {
    reading.kind = kind;
    Object.assign(reading, extra);
  };

  if (/^(?:st|nd|rd|th)\b/i.test(after)) {
    const ranking =
      /\b(?:rank\w*|place[ds]?|finish\w*|leaderboard|kaggle|competition|challenge|teams?)\b/i;
    return set(ranking.test(text) ? 'leaderboard' : 'other');
  }
  if (/^-fold\s+(?:increase|improvement|reduction|speed-?up|faster|fewer|more|less)/i.test(after)) {
    return set('result', { relative: true });
  }
  const hyphenWord = /^-([a-z][\w]*)/i.exec(after)?.[1];
  if (hyphenWord) {
    return set(SINGULAR_DATA.has(lower(hyphenWord)) ? 'dataset' : 'other');
  }
  if (currency) {
    const outcome = new RegExp(`\\b(?:${outcomeVerbs})\\s+(?:[\\w'’-]+\\s+){0,4}?$`, 'i');
    const money =
      /^\s?(?:k|m|bn|million|thousand)?\s*(?:in\s+)?(?:savings|revenue|sales|profit|costs?|per\s+(?:month|year|quarter)|a\s+(?:month|year)|annually|annual|yearly|monthly|saved|recovered|prevented)/i;
    if (outcome.test(before) || money.test(after) || inFromTo) {
      // A saving or a gain is a difference from before, so it carries its own baseline.
      return set('result', { business: true, relative: true });
    }
    return set('other');
  }
  if (/^\s?(?:%|percent\b|per\s?cent\b)/i.test(after)) {
    if (/\b(?:top|bottom|rank\w*|first|best)\s+(?:\w+\s+)?$/i.test(before))
      return set('leaderboard');
    const splitAfter =
      /^\s?(?:%|percent|per\s?cent)\s+(?:of\s+)(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:data|dataset|rows|records|samples|images|examples|set|split)\b/i;
    const splitBefore =
      /\b(?:held?\s+out|hold\s+out|holding\s+out|reserved|kept|set\s+aside|sampled|using|used|took|on)\s+(?:\w+\s+)?$/i;
    if (splitAfter.test(after) || (splitBefore.test(before) && !inFromTo)) return set('split');
    return set('result', { relative: reading.relative || isRelative(before, after) });
  }
  if (/^\s?(?:pp|p\.p\.|percentage\s+points?|points?|pts|bps|basis\s+points)\b/i.test(after)) {
    return set('result', { relative: reading.relative || isRelative(before, after) });
  }
  if (/^\s?(?:x|×)(?![a-z0-9])/i.test(after)) {
    return set('result', { relative: true });
  }
  if (inFromTo) return set('result');
  if (isDataset(before, after, value, scaled, mlContext)) return set('dataset');
  if (TIME_UNIT.test(after)) {
    const saved = new RegExp(
      `\\b(?:sav\\w*|free[ds]?|freeing|recover\\w*|cut\\w*|reduc\\w*|shav\\w*|eliminat\\w*|${outcomeVerbs})\\s+(?:[\\w'’-]+\\s+){0,3}?$`,
      'i',
    );
    const savedAfter =
      /^\s?\w+\s+(?:(?:of\s+)?(?:manual\s+)?(?:work|effort|review|time)\s+)?(?:saved|freed|per\s+(?:week|month|day)\s+saved)/i;
    if (saved.test(before) || savedAfter.test(after)) {
      return set('result', { business: true, relative: true });
    }
  }
  if (/^\s?(?:ms|milliseconds?|µs)\b/i.test(after)) return set('result');
  if (isNextToMetric(before, after)) return set('result');
  return set(countsEffort(after) ? 'effort' : 'other');
}

/** "12 online courses", "3 years of self-study", "5 end-to-end ML projects": effort, not output. */
/** Words that make a count of models or services the scope of live systems, not practice. */
const LIVE_SCOPE = new Set([
  'production',
  'live',
  'deployed',
  'customer-facing',
  'revenue-critical',
]);

function countsEffort(after: string): boolean {
  const following = after.match(/^\s?((?:[A-Za-z][\w'’-]*[,;.]?\s*){1,4})/)?.[1];
  for (const word of following?.trim().split(/\s+/) ?? []) {
    const lowered = lower(word.replace(/[^\w'’-]+$/, ''));
    // "4 production models" is what the person runs, not how many they tried.
    if (LIVE_SCOPE.has(lowered)) return false;
    if (EFFORT_SET.has(lowered)) return true;
    if (CONNECTORS.has(lowered) || /[,;.]$/.test(word)) return false;
  }
  return false;
}

const isRelative = (before: string, after: string) =>
  /\bby\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|~)?$/i.test(
    before,
  ) ||
  /^\s?(?:%|pp|points?|percent|percentage\s+points?)\s+(?:fewer|less|more|lower|higher|faster|cheaper|smaller|larger|reduction|increase|improvement|decrease|drop|lift|gain|uplift|better|worse|relative)\b/i.test(
    after,
  );

/** "12,000 customer records", "3 years of sales data", "a dataset of 50,000 rows". */
function isDataset(
  before: string,
  after: string,
  value: number,
  scaled: boolean,
  mlContext: boolean,
): boolean {
  if (
    /\b(?:dataset|data\s+set|corpus|sample|collection)\s+of\s+(?:about\s+|over\s+|~)?$/i.test(
      before,
    )
  ) {
    return true;
  }
  const span = /^\s?(?:years?|months?|weeks?|days?)\s+of\s+((?:[\w'’-]+\s*){1,4})/i.exec(
    after,
  )?.[1];
  if (span) {
    for (const word of span.trim().split(/\s+/)) {
      if (
        DATA_SPAN_NOUNS.test(word) ||
        DATA_ITEM_SET.has(lower(word)) ||
        ENTITY_SET.has(lower(word))
      ) {
        return true;
      }
      if (CONNECTORS.has(lower(word))) break;
    }
  }
  const following = after.match(/^\s?((?:[A-Za-z][\w/'’-]*\s+){0,3}[A-Za-z][\w/'’-]*)/)?.[1];
  if (!following) return false;
  const list = following.split(/\s+/);
  for (const [position, raw] of list.entries()) {
    const word = lower(raw);
    if (position > 0 && CONNECTORS.has(lower(list[position - 1] ?? ''))) return false;
    if (DATA_ITEM_SET.has(word)) return true;
    if (
      position < list.length - 1 &&
      DATA_ITEM_SET.has(`${word} ${lower(list[position + 1] ?? '')}`)
    ) {
      return true;
    }
    if (ENTITY_SET.has(word)) return mlContext;
    if (ROLE_NOUNS.has(word) || EFFORT_SET.has(word) || CONNECTORS.has(word)) return false;
    if (/s$/.test(word) && word.length > 3 && mlContext && (value >= 100 || scaled)) return true;
    if (position >= 2) return false;
  }
  return false;
}

/** A bare score such as "AUC 0.91" or "0.87 AUC": a metric name right beside the number. */
function isNextToMetric(before: string, after: string): boolean {
  const next = firstWord(after);
  const nextIsFine =
    next === undefined ||
    CONNECTORS.has(lower(next)) ||
    METRIC_NAMES.test(next) ||
    METRIC_NAMES_CASED.test(next);
  if (!nextIsFine) return false;
  const tailBefore = before.split(/[,;:.!?]\s/).pop() ?? '';
  const lastWords = tailBefore.split(/\s+/).slice(-5).join(' ');
  const firstWords = after.split(/[,;.]/)[0]?.split(/\s+/).slice(0, 4).join(' ') ?? '';
  const named = (text: string) => METRIC_NAMES.test(text) || METRIC_NAMES_CASED.test(text);
  return named(lastWords) || (next !== undefined && named(firstWords));
}

/** Reads a bullet: its opening verb, numbers and which of the ten elements it carries. */
export function analyzeBullet(input: string): BulletAnalysis {
  const text = input
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[-*•·‣▪●◦–—]\s+|[•·‣▪●◦]\s*|\d+[.)]\s+)/, '')
    .trim();
  const firstPerson = PRONOUN_I.test(text) || LEADING_PRONOUN.test(text);
  const body = text.replace(/^(?:I|we)\s+(?=[a-z])/i, '');
  const words = text === '' ? 0 : text.split(' ').length;

  const elements = new Set<BulletElement>();
  const has = (pattern: RegExp) => pattern.test(text);
  const modelNamed = has(MODEL_FAMILIES) || MODEL_PROPER_NAMES.test(text);
  if (modelNamed) elements.add('model');
  if (has(EVALUATION_SET)) elements.add('evaluation-set');
  if (has(DEPLOYMENT) || DEPLOYMENT_CASED.test(text)) elements.add('deployment');
  const mlContext =
    has(ML_CONTEXT) || modelNamed || elements.has('evaluation-set') || elements.has('deployment');
  if (
    has(MONITORING) ||
    (has(DASHBOARD) && modelNamed) ||
    (has(DASHBOARD) && has(/\b(?:model|predictions?|drift|latency|service|api)\b/i))
  ) {
    elements.add('monitoring');
  }
  if (domainWords().test(text)) elements.add('domain');

  const numbers = readNumbers(text, mlContext);
  const results = numbers.filter((reading) => reading.kind === 'result');
  if (results.length > 0) elements.add('metric');
  if (numbers.some((reading) => reading.kind === 'dataset')) elements.add('dataset-size');
  if (has(BASELINE) || has(COMPARATIVE_THAN) || results.some((reading) => reading.relative)) {
    elements.add('baseline');
  }
  if (results.some((reading) => reading.business) || has(BUSINESS_OUTCOME)) {
    elements.add('business-impact');
  }

  const { opener, openerText } = readOpener(body);
  if (opener === 'strong') elements.add('action-verb');

  const activity =
    opener === 'activity' ||
    ACTIVITY_NOUNS.test(text) ||
    numbers.some((reading) => reading.kind === 'effort' || reading.kind === 'leaderboard');
  const metricName = (METRIC_NAMES.exec(text) ?? METRIC_NAMES_CASED.exec(text))?.[0];
  const practiceCount = numbers.some(
    (reading) =>
      reading.kind === 'effort' &&
      /^\s?(?:[\w'’-]+\s+){0,3}?(?:projects?|models?|apps?|notebooks?|competitions?|courses?|tutorials?)\b/i.test(
        text.slice(reading.end),
      ),
  );

  return {
    text,
    body,
    opener,
    openerText,
    elements,
    numbers,
    mlContext,
    toolList: isToolList(body),
    activity,
    learning: opener === 'activity' || ACTIVITY_NOUNS.test(text) || practiceCount,
    firstPerson,
    leaderboard: numbers.some((reading) => reading.kind === 'leaderboard'),
    metricName,
    inflated: INFLATED.exec(text)?.[0],
    unquantified: UNQUANTIFIED.exec(text)?.[0],
    words,
  };
}

function readOpener(body: string): { opener: BulletAnalysis['opener']; openerText: string } {
  const weak = WEAK_OPENERS.exec(body);
  if (weak) return { opener: 'weak', openerText: weak[0] };
  const activity = ACTIVITY_OPENERS.exec(body);
  if (activity) return { opener: 'activity', openerText: activity[0] };
  const word = firstWord(body);
  if (!word || body.trimStart()[0] !== word[0]) return { opener: 'none', openerText: '' };
  const verb = lower(word);
  if (/^trained\s+(?:in|on\s+how)\b/i.test(body)) return { opener: 'none', openerText: '' };
  const last = lower(verb.split('-').pop() ?? verb);
  const isVerb =
    STRONG_VERBS.has(verb) ||
    STRONG_VERBS.has(last) ||
    (verb.endsWith('s') && STRONG_VERBS.has(verb.slice(0, -1))) ||
    (/ed$/.test(verb) &&
      verb.length >= 4 &&
      !ADJECTIVE_OPENERS.has(verb) &&
      !/^(?:need|speed|seed|feed|bred|breed|shed|red|bed|embed)$/.test(verb));
  return isVerb ? { opener: 'strong', openerText: word } : { opener: 'none', openerText: '' };
}

/** A comma list of tools with nothing done with them ("Python, SQL, pandas, Docker"). */
function isToolList(body: string): boolean {
  const opener = TOOL_LIST_OPENER.exec(body);
  const rest = opener ? body.slice(opener[0].length) : body;
  const items = rest
    .replace(/\.$/, '')
    .split(/\s*(?:,|;|\||\band\b|&)\s*/i)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < 3) return false;
  if (!opener && items.length < 4 && !/,/.test(rest)) return false;
  const short = items.filter((item) => item.split(/\s+/).length <= 3);
  const known = items.filter((item) => findCatalogTerms(item).length > 0);
  return short.length === items.length && known.length >= Math.ceil(items.length * 0.6);
}

/** Scores one bullet and explains it: the contract's `coach-bullet` result. */
export function coachBullet(input: string): BulletCoaching {
  const analysis = analyzeBullet(input);
  const { elements } = analysis;
  const score = scoreOf(analysis);
  const verdict = verdictOf(score);
  const has = BULLET_ELEMENTS.filter((element) => elements.has(element));
  const missing = BULLET_ELEMENTS.filter((element) => !elements.has(element));
  return {
    score,
    verdict,
    has,
    missing,
    issues: issuesOf(analysis),
    suggestion: verdict === 'strong' ? '' : suggest(analysis),
  };
}

/** True when the bullet has what the contract calls strong: a result, a baseline, stated data. */
export const meetsStrongBar = (elements: Set<BulletElement>) =>
  elements.has('metric') &&
  elements.has('baseline') &&
  (elements.has('dataset-size') || elements.has('evaluation-set'));

const CONCRETE: BulletElement[] = [
  'metric',
  'baseline',
  'dataset-size',
  'model',
  'evaluation-set',
  'deployment',
  'monitoring',
  'domain',
  'business-impact',
];

function scoreOf(analysis: BulletAnalysis): number {
  const { elements } = analysis;
  if (analysis.text === '') return 0;
  let score = 0;
  for (const element of elements) score += ELEMENT_POINTS[element];
  if (analysis.opener === 'weak') score -= 10;
  if (analysis.firstPerson) score -= 5;
  if (analysis.words > MAX_WORDS) score -= 10;
  if (analysis.inflated) score -= 5;
  score = Math.max(0, Math.min(100, score));
  if (!meetsStrongBar(elements)) score = Math.min(score, STRONG_FROM - 1);
  if (analysis.toolList) score = Math.min(score, 25);
  if (analysis.activity && !elements.has('metric')) score = Math.min(score, 35);
  if (!CONCRETE.some((element) => elements.has(element))) score = Math.min(score, 30);
  return Math.round(score);
}

const quote = (text: string) => `“${text}”`;

function issuesOf(analysis: BulletAnalysis): BulletIssue[] {
  const { elements } = analysis;
  const issues: BulletIssue[] = [];
  const add = (id: string, message: string) => issues.push({ id, message });
  if (analysis.text === '') {
    add('empty', 'There is no bullet to read yet.');
    return issues;
  }
  const effort = analysis.numbers.filter((reading) => reading.kind === 'effort');
  const concrete = CONCRETE.some((element) => elements.has(element));

  if (analysis.toolList) {
    add(
      'tool-list',
      'A list of tools says what you have touched, not what you achieved with them. Move the tools to the skills section and use the bullet for a result.',
    );
  } else if (analysis.activity && !elements.has('metric')) {
    const counts = effort.map((reading) =>
      quote(`${reading.text}${firstWordPhrase(analysis.text, reading.end)}`),
    );
    add(
      'activity-not-outcome',
      `This describes effort (courses, study time, a count of projects) rather than what came of it.${counts.length > 0 ? ` Numbers like ${counts.join(' and ')} measure input, so they do not count as a result.` : ''} Describe one thing you built and what it measurably did.`,
    );
  } else if (!concrete) {
    add(
      'vague',
      'Nothing here can be checked: no number, data, model, evaluation or deployment. A reader cannot tell what you did or how well it worked.',
    );
  }
  if (analysis.opener === 'weak') {
    add(
      'weak-verb',
      `${quote(analysis.openerText)} hides what you did yourself. Open with the verb for your own part: built, trained, cut, shipped, led.`,
    );
  } else if (analysis.opener === 'none' && !analysis.toolList) {
    add(
      'no-action-verb',
      'Start with a past-tense verb that names what you did (trained, deployed, reduced), not with a description of yourself.',
    );
  }
  if (analysis.leaderboard) {
    add(
      'leaderboard-rank',
      'A leaderboard position is not a result an employer can reuse. Report the metric on a held-out set and what it beat instead.',
    );
  }
  if (
    !elements.has('metric') &&
    !analysis.toolList &&
    !(analysis.activity && issues.some((issue) => issue.id === 'activity-not-outcome'))
  ) {
    if (analysis.metricName) {
      add(
        'metric-without-value',
        `${quote(analysis.metricName)} is named but no value is given. Say how much, and measured on what.`,
      );
    } else if (analysis.unquantified) {
      add(
        'unquantified-claim',
        `${quote(analysis.unquantified)} asks the reader to trust you. Replace it with the number it stands for.`,
      );
    } else {
      add('no-result', 'There is no measured result. Add the number that shows the work paid off.');
    }
  }
  if (elements.has('metric') && !elements.has('baseline')) {
    add(
      'no-baseline',
      'A number alone cannot be judged. Say what it improved on: a simple baseline, the previous system, or the manual process.',
    );
  }
  if (elements.has('baseline') && !elements.has('metric')) {
    add(
      'baseline-without-result',
      'A baseline is mentioned but not the result against it. Give both numbers so the gain is visible.',
    );
  }
  if (
    elements.has('metric') &&
    elements.has('baseline') &&
    !elements.has('dataset-size') &&
    !elements.has('evaluation-set')
  ) {
    add(
      'no-data',
      analysis.mlContext
        ? 'Say what data the result was measured on: how many rows or items, and whether it was a held-out set.'
        : 'Say how much the result covers: how many cases, orders, patients or people.',
    );
  }
  if (analysis.firstPerson) {
    add('first-person', 'Resume bullets leave out “I” and “we”; start with the verb.');
  }
  if (analysis.inflated) {
    add(
      'inflated-scope',
      `${quote(analysis.inflated)} invites a hard question in the interview. Describe the scope plainly instead.`,
    );
  }
  if (analysis.words > MAX_WORDS) {
    add(
      'too-long',
      `At ${analysis.words} words this runs past two lines. Keep the result, the baseline and the data; cut the rest.`,
    );
  }
  return issues;
}

const firstWordPhrase = (text: string, from: number) =>
  text.slice(from).match(/^\s?(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+)/)?.[0] ?? '';

// ---------------------------------------------------------------------------------------------
// Suggestion: the user's own words in the shape of a strong bullet, with bracketed placeholders
// for what is missing. It never adds a digit: every number in it comes from the input.

const IRREGULAR_PAST: Record<string, string> = {
  build: 'built',
  building: 'built',
  make: 'made',
  making: 'made',
  run: 'ran',
  running: 'ran',
  write: 'wrote',
  writing: 'wrote',
  lead: 'led',
  leading: 'led',
  set: 'set',
  setting: 'set',
  cut: 'cut',
  cutting: 'cut',
  plan: 'planned',
  planning: 'planned',
  ship: 'shipped',
  shipping: 'shipped',
  drive: 'drove',
  driving: 'drove',
  teach: 'taught',
  teaching: 'taught',
  get: 'got',
  getting: 'got',
  take: 'took',
  taking: 'took',
  find: 'found',
  finding: 'found',
  grow: 'grew',
  growing: 'grew',
};

/** "build" → "built", "training" → "trained", "analyze" → "analyzed", "study" → "studied". */
function pastTense(word: string): string {
  const lowerWord = lower(word);
  const irregular = IRREGULAR_PAST[lowerWord];
  if (irregular) return irregular;
  const gerund = lowerWord.endsWith('ing') && lowerWord.length > 5;
  const stem = gerund ? lowerWord.slice(0, -3) : lowerWord;
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  if (!gerund && stem.endsWith('e')) return `${stem}d`;
  return `${stem}ed`;
}

const capitalize = (text: string) => (text ? text[0]?.toUpperCase() + text.slice(1) : text);
const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? (text[0]?.toLowerCase() ?? '') + text.slice(1) : text;
const OUTCOME_SET = new Set(OUTCOME_VERBS);
const GERUND_OBJECT = /^(?:a|an|the|our|my|their|its|new|\d|[A-Za-z][\w-]*)/;

/** The opening of the suggestion: the user's sentence with the weak or missing verb fixed. */
function leadOf(analysis: BulletAnalysis): string {
  const placeholderVerb = analysis.mlContext ? '[Built/Trained]' : '[Led/Built]';
  const body = analysis.body
    .replace(/[\s.;,:!]+$/, '')
    .replace(new RegExp(`\\s*\\b${UNQUANTIFIED.source.replace(/^\\b|\\b$/g, '')}\\b`, 'i'), '');
  if (analysis.opener === 'weak') {
    const rest = body.slice(analysis.openerText.length).trim();
    const purpose = /^(?:used|utili[sz]ed|leveraged)$/i.test(analysis.openerText)
      ? /^(.+?)\s+to\s+([a-z]+)\b\s*(.*)$/i.exec(rest)
      : null;
    if (purpose?.[1] && purpose[2]) {
      const [, tools, verb, object] = purpose;
      return `${capitalize(pastTense(verb))}${object ? ` ${object}` : ''} with ${tools}`;
    }
    const verb = /^(?:to\s+)?([a-z]+)\b\s*(.*)$/i.exec(rest);
    const next = verb?.[1] ?? '';
    const object = verb?.[2] ?? '';
    const gerundWithObject =
      /ing$/i.test(next) &&
      GERUND_OBJECT.test(object) &&
      !CONNECTORS.has(lower(firstWord(object) ?? ''));
    if (gerundWithObject || STRONG_VERBS.has(lower(next))) {
      return `${capitalize(pastTense(next))}${object ? ` ${object}` : ''}`;
    }
    if (!rest) return `${placeholderVerb} [what you made]`;
    if (/^worked\s+with$/i.test(analysis.openerText))
      return `${placeholderVerb} [what] with ${rest}`;
    if (/(?:to|in|with)$/i.test(analysis.openerText)) {
      return `${placeholderVerb} [your part] in ${rest}`;
    }
    return `${placeholderVerb} ${lowerFirst(rest)}`;
  }
  if (analysis.opener === 'none') return `${placeholderVerb} ${lowerFirst(body)}`;
  return capitalize(body);
}

/** Longer leads are cut: the suggestion is a shape to fill in, not a copy of a long paste. */
const MAX_LEAD_WORDS = 80;

/** "a, b and c" from the first three items. */
const listOf = (items: string[]) => {
  const three = items.slice(0, 3);
  return three.length <= 1
    ? (three[0] ?? '')
    : `${three.slice(0, -1).join(', ')} and ${three.at(-1)}`;
};

/**
 * The shape of a strong bullet in the user's words: their sentence first, then bracketed
 * placeholders for the result, the baseline, the data and the evaluation set they left out.
 * Bullets that are only effort or a self-description get a project-shaped template instead.
 */
function suggest(analysis: BulletAnalysis): string {
  const { elements } = analysis;
  const concrete = CONCRETE.some((element) => element !== 'domain' && elements.has(element));
  const templated =
    analysis.toolList ||
    (analysis.learning && !elements.has('metric')) ||
    (analysis.opener === 'none' && !concrete);
  const ml = analysis.mlContext || analysis.toolList || analysis.learning;
  let lead: string;
  let known = elements;
  if (templated) {
    const terms = [...new Set(findCatalogTerms(analysis.text).map((term) => term.text))];
    lead = ml
      ? `Built [project]${terms.length > 0 ? ` with ${listOf(terms)}` : ''}`
      : '[Led/Built] [what you changed]';
    known = new Set(elements.has('domain') && !ml ? ['domain'] : []);
  } else {
    lead = leadOf(analysis);
  }
  // A runaway paste is cut at a word boundary so the shape stays readable (no digits are split).
  const leadWords = lead.split(' ');
  if (leadWords.length > MAX_LEAD_WORDS) lead = `${leadWords.slice(0, MAX_LEAD_WORDS).join(' ')} …`;
  const opensWithOutcome = OUTCOME_SET.has(lower(firstWord(lead) ?? ''));
  let shape = lead;
  const notes: string[] = [];
  if (!known.has('metric')) {
    if (known.has('baseline'))
      shape += ml ? ', reaching [result] on [metric]' : ', reaching [result]';
    else if (opensWithOutcome) shape += ' from [baseline] to [result] on [metric]';
    else
      shape += ml
        ? ', improving [metric] from [baseline] to [result]'
        : ', moving [metric] from [baseline] to [result]';
  } else if (!known.has('baseline')) {
    notes.push('vs. [baseline]');
  }
  let tail = '';
  if (ml) {
    const data = known.has('domain') ? '[N rows]' : '[N rows] of [domain] data';
    if (!known.has('evaluation-set')) {
      tail = `, measured on [eval set]${known.has('dataset-size') ? '' : ` with ${data}`}`;
    } else if (!known.has('dataset-size')) {
      notes.push(data);
    }
  } else if (!known.has('dataset-size')) {
    tail = ' across [N cases/orders/people]';
  }
  if (notes.length > 0) shape += ` (${notes.join('; ')})`;
  return `${shape}${tail}.`;
}
