import { firstAffirmed, isAsked, isDenied, isDuty, presences } from './reading.js';
import { PRODUCT_RELEASES, RELEASE_DATES, yearsSince } from './release-dates.js';
import { type Clause, ML_WORDS, type PostingStructure, ROLE_NOUN } from './sections.js';
import type { YearsAsk } from './signals.js';
import type { TermMatch, TermMatcher } from './terms.js';
import { quote, type Span } from './text.js';

/**
 * The red and green flag rules. Each reads the posting's clauses (with their roles) and returns
 * one flag with a verbatim quote as evidence, or null. Rules are vocabulary-light on purpose:
 * they look for the shape of a statement (an ownership verb next to "production", a currency
 * amount next to another, "first" or "only" next to an ML role noun) so they carry over to
 * postings they were not written against.
 */

/** A red or green flag of the contract: `evidence` is a verbatim substring of the posting. */
export interface PostingFlag {
  id: string;
  message: string;
  evidence: string;
}

/** A term found in the posting, with the clause it sits in. */
export interface PlacedTerm extends TermMatch {
  clause: Clause;
}

export interface FlagContext {
  /** The normalized posting. */
  text: string;
  structure: PostingStructure;
  terms: readonly PlacedTerm[];
  /** The same terms grouped by clause, in text order. */
  termsByClause: ReadonlyMap<Clause, readonly PlacedTerm[]>;
  required: readonly string[];
  yearsAsks: readonly YearsAsk[];
  matcher: TermMatcher;
  /** YYYY-MM-DD, for the age of technologies. */
  today: string;
}

export interface FlagRule {
  id: string;
  kind: 'red' | 'green';
  check(context: FlagContext): PostingFlag | null;
}

const evidenceOf = (context: FlagContext, span: Span, focus?: number) =>
  quote(context.text, span, focus);

const body = (context: FlagContext) =>
  context.structure.clauses.filter((clause) => !clause.heading && clause.role !== 'ignored');

const firstMatch = (clauses: readonly Clause[], pattern: RegExp, except?: RegExp) => {
  for (const clause of clauses) {
    const found = pattern.exec(clause.text);
    if (found && !except?.test(clause.text)) return { clause, index: found.index };
  }
  return null;
};

const flag = (
  context: FlagContext,
  id: string,
  message: string,
  hit: { clause: Clause; index: number },
): PostingFlag => ({
  id,
  message,
  evidence: evidenceOf(context, hit.clause, hit.clause.start + hit.index),
});

// ---------------------------------------------------------------------------------------------
// Red flags

const YEARS_FILLER =
  /^\s*(?:of\s+)?(?:(?:hands-on|professional|commercial|industry|production|practical|working|relevant|proven|solid|direct|deep)\s+)*(?:(?:experience|expertise|exposure)\s+)?(?:(?:with|in|using|on|building with|building|working with|working in|developing with|developing in|writing|shipping)\s+)?(?:the\s+)?$/i;
const CHAIN = /^\s*(?:\/|,|&|and|or|,\s*and|,\s*or)\s*$/i;

/** Technologies an ask of years points at: "8 years of LangChain", "LangChain (8+ years)". */
function askedTechnologies(context: FlagContext, ask: YearsAsk): PlacedTerm[] {
  const inClause = context.termsByClause.get(ask.clause) ?? [];
  const after = inClause.filter((term) => term.start >= ask.end);
  const found: PlacedTerm[] = [];
  const first = after[0];
  if (first && YEARS_FILLER.test(context.text.slice(ask.end, first.start))) {
    found.push(first);
    for (let index = 1; index < after.length; index++) {
      const previous = after[index - 1] as PlacedTerm;
      const next = after[index] as PlacedTerm;
      if (!CHAIN.test(context.text.slice(previous.end, next.start))) break;
      found.push(next);
    }
  }
  const before = inClause.filter((term) => term.end <= ask.start).at(-1);
  if (
    before &&
    /^\s*[(:\-–—]\s*(?:at least\s+|min(?:imum)?\.?\s+)?$/i.test(
      context.text.slice(before.end, ask.start),
    )
  ) {
    found.push(before);
  }
  return found;
}

const yearsBeyondAge: FlagRule = {
  id: 'years-exceed-technology-age',
  kind: 'red',
  check(context) {
    const problems: { ask: YearsAsk; key: string; name: string; released: string }[] = [];
    for (const ask of context.yearsAsks) {
      if (ask.clause.role === 'ignored') continue;
      for (const term of askedTechnologies(context, ask)) {
        const released = RELEASE_DATES[term.id];
        if (!released) continue;
        const age = yearsSince(released, context.today);
        if (ask.years > age && !problems.some((problem) => problem.key === term.id)) {
          problems.push({ ask, key: term.id, name: term.text, released });
        }
      }
    }
    // Products without a catalog id ("5+ years of experience with ChatGPT").
    for (const ask of context.yearsAsks) {
      if (ask.clause.role === 'ignored') continue;
      const after = context.text.slice(ask.end, ask.clause.end);
      const filler = /^[^.;]{0,60}?(?=[A-Z])/.exec(after)?.[0] ?? '';
      if (!YEARS_FILLER.test(filler)) continue;
      const rest = after.slice(filler.length);
      const product = PRODUCT_RELEASES.find(({ name }) => name.test(rest));
      if (!product) continue;
      const age = yearsSince(product.released, context.today);
      const text = rest.match(product.name)?.[0] ?? '';
      const key = product.name.source;
      if (ask.years > age && !problems.some((problem) => problem.key === key)) {
        problems.push({ ask, key, name: text, released: product.released });
      }
    }
    const first = problems[0];
    if (!first) return null;
    const parts = problems.map(
      ({ ask, name, released }) =>
        `${ask.years} years of ${name.replace(/\s+/g, ' ')}, which first appeared in ${released.slice(0, 4)}`,
    );
    return {
      id: this.id,
      message: `Asks for more experience than the technology has existed: ${parts.join('; ')}. Nobody meets that literally — the list was written carelessly or copied, so read it as a wish list and ask what actually matters.`,
      evidence: evidenceOf(context, first.ask.clause, first.ask.start),
    };
  },
};

/**
 * When a posting reads as several jobs folded into one: this many required technologies, or this
 * many required ids in all (skills included). Dense but real postings stay around 15 and 20.
 */
export const ENDLESS_LIST = { technologies: 20, total: 30 };

const endlessToolList: FlagRule = {
  id: 'endless-tool-list',
  kind: 'red',
  check(context) {
    const technologies = context.required.filter((id) => context.matcher.technologyIds.has(id));
    if (
      technologies.length < ENDLESS_LIST.technologies &&
      context.required.length < ENDLESS_LIST.total
    ) {
      return null;
    }
    const perClause = [...context.termsByClause]
      .filter(([clause]) => clause.role === 'required')
      .map(([clause, terms]) => [clause, new Set(terms.map((term) => term.id))] as const);
    const busiest = perClause.sort((a, b) => b[1].size - a[1].size)[0];
    if (!busiest) return null;
    return {
      id: this.id,
      message: `Requires ${context.required.length} different skills and technologies. No one covers all of them; a list this long is a wish list or several roles in one. Apply if you match the core of it, and ask which parts the team really uses.`,
      evidence: evidenceOf(context, busiest[0]),
    };
  },
};

const SOLE_ROLE =
  /\b(?:first|only|sole|lone|single|founding)\b[\w\s/&-]{0,30}?\b(?:ml|machine learning|ai|data|data science)\b[\w\s/-]{0,20}?\b(?:hire|person|engineer|scientist|employee|team member|expert|practitioner|specialist)s?\b|\bone[- ]person (?:ml|data|ai) (?:team|function|department)\b|\b(?:the|our) (?:entire|whole) (?:ml|data|ai|data science) (?:team|function|department)\b|\bbuild (?:the|our) (?:ml|machine learning|data science|ai) (?:function|team|practice) from (?:scratch|the ground up)\b/i;
/**
 * Other ways of saying nobody else does ML: "our first technical person", "no one else to hand
 * the modelling to", "we have never had anyone whose job is machine learning", "no ML team".
 */
const SOLE_OTHERWISE =
  /\b(?:our|the|your|its|the company's) (?:first|only|sole|lone|single)\b(?:[\s-]+[\w/&-]+){0,2}?[\s-]+(?:hire|person|engineer|employee|team member|practitioner|specialist|scientist)\b|\b(?:no one|nobody|noone) else\b|\b(?:never had|(?:don't|do not|doesn't|does not) have|without) (?:anyone|anybody|someone|a single person)\b|\bno other (?:ml |machine learning |data |ai )?(?:engineers?|scientists?|people|practitioners)\b|\bno (?:ml|machine learning|data science|ai|data) (?:team|function|engineers?|people)\b/i;
const ONE_OF_MANY = /\bone of (?:the|our|its) (?:first|only)\b/i;
/** Data and ML foundations or the people who keep them: what a lone ML hire would lean on. */
const DATA_FOUNDATION =
  /\b(?:data (?:engineers?|engineering(?: team)?|platform(?: team)?|warehouses?|lakes?|lakehouses?|team|infrastructure|infra|pipelines?|stack)|(?:analytics|platform|infrastructure|mlops|ml platform) (?:engineers?|team)|warehouses?|lakehouses?|ingestion pipelines?|etl(?: pipelines?)?|feature stores?|ml platform|model registr(?:y|ies)|experiment tracking)\b/i;
/** Where data lives when nobody has built anything for it. */
const MAKESHIFT_DATA =
  /\b(?:spreadsheets|excel files|access database|csv (?:files|exports|dumps)|google sheets|shared docs)\b|\b(?:a|one|an old) (?:colab |jupyter )?notebook (?:that|which)\b/i;

const soleMlPerson: FlagRule = {
  id: 'sole-ml-person',
  kind: 'red',
  check(context) {
    const clauses = context.structure.clauses.filter(
      (clause) => !clause.heading && clause.section !== 'apply',
    );
    if (!SOLE_ROLE.test(context.text) && !SOLE_OTHERWISE.test(context.text)) return null;
    const mlTitle = ML_WORDS.test(context.structure.title);
    const sole =
      firstMatch(clauses, SOLE_ROLE, ONE_OF_MANY) ??
      firstMatch(
        clauses.filter((clause) => mlTitle || ML_WORDS.test(clause.text)),
        SOLE_OTHERWISE,
        ONE_OF_MANY,
      );
    if (!sole) return null;
    // What the posting says about its data foundations: there already, or missing / yours to build.
    let support = false;
    let missing = false;
    for (const clause of clauses) {
      for (const { presence } of presences(clause, DATA_FOUNDATION)) {
        if (presence === 'exists') support = true;
        else if (presence === 'absent' || presence === 'to-build') missing = true;
      }
      if (MAKESHIFT_DATA.test(clause.text)) missing = true;
    }
    if (support) return null;
    return flag(
      context,
      this.id,
      missing
        ? 'You would be the only ML person, with no data team or data infrastructure to build on. Expect most of the job to be data plumbing, with nobody to review your modelling — a hard place for a first ML role.'
        : 'You would be the only ML person, and the posting mentions no data team or data infrastructure. Ask who maintains the data and who would review your models before you accept.',
      sole,
    );
  },
};

const PUBLICATION =
  /\b(?:publications?|publish(?:ed|ing)?\b[^.;]{0,40}\b(?:papers?|research|results|conferences?|venues?|journals?)|first[- ]author|peer[- ]reviewed|publication record)\b/i;
const VENUE =
  /\b(?:NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|EMNLP|NAACL|ACL|KDD|AAAI|IJCAI|CoRL|ICRA|SIGIR|MICCAI|Interspeech)\b/;
const RESEARCH_TITLE = /\b(?:research\w*|scientists?|ph\.?\s?d|postdoc\w*|fellows?|professor)\b/i;

const researchOutputExpected: FlagRule = {
  id: 'research-output-expected',
  kind: 'red',
  check(context) {
    if (RESEARCH_TITLE.test(context.structure.title)) return null;
    const required = body(context).filter((clause) => clause.role === 'required');
    const hit =
      firstMatch(required, PUBLICATION) ??
      firstMatch(
        required.filter((clause) => /\b(?:publish|papers?|publications?)\b/i.test(clause.text)),
        VENUE,
      );
    if (!hit) return null;
    return flag(
      context,
      this.id,
      'A role without a research title that expects research publications (papers at venues such as NeurIPS or ICML). That is a research job under another name; a publication record usually comes from a PhD, so weigh this against the applied roles that hire on shipped work.',
      hit,
    );
  },
};

const HYPE =
  /\b(?:rock ?stars?|ninjas?|gurus?|wizards?|unicorns?|heroe?s?|jedis?|superstars?|magicians?|genius(?:es)?|rainmakers?|evangelists?|whisperers?|badass|beasts?|legends?|samurais?|pirates?|mavericks?|champions?|hackers?)\b/i;
const PERSON = /\b(?:person|someone|people|folks|help|guy|gal)\b/i;

const vagueTitle: FlagRule = {
  id: 'vague-title',
  kind: 'red',
  check(context) {
    const { title, titleSpan } = context.structure;
    if (title && ROLE_NOUN.test(title) && !HYPE.test(title) && !PERSON.test(title)) return null;
    const span = titleSpan ?? context.structure.clauses.find((clause) => !clause.heading);
    if (!span) return null;
    return {
      id: this.id,
      message: title
        ? 'The title does not say what the job is (hype words, or no role named). Vague titles tend to come with vague scope: ask what a normal week looks like, what you would own and who you would report to.'
        : 'No job title could be found. Ask what the role is called internally and what it owns before spending time on it.',
      evidence: evidenceOf(context, span),
    };
  },
};

const UNPAID =
  /\bunpaid\b(?! (?:leave|time off|vacation|holidays?|sabbatical|parental))|\bno (?:base )?(?:salary|pay)\b|\bwithout (?:a )?(?:salary|pay)\b|\bequity[- ]only\b|\bonly (?:in )?equity\b|\b(?:paid|compensated) (?:only |entirely |solely |purely )?in (?:equity|shares|stock|tokens)\b|\bsweat equity\b|\bvolunteer(?:ing)? (?:position|role|basis|opportunity)\b|\bfor exposure\b|\bdeferred (?:salary|compensation|pay)\b|\bcommission[- ]only\b|\b(?:is not|isn't|not a) paid\b|\buntil we (?:raise|close|get funded|secure)\b/i;
/**
 * Pay in ownership instead of cash, however it is put: equity "rather than paychecks", "in lieu
 * of salary", "not drawing salaries", or cash that starts only with a future funding event ("a
 * salary conversation once the money is in the bank", "cash pay begins after our seed closes").
 */
const EQUITY_FOR_CASH =
  /\b(?:equity|ownership|shares|stock(?: options)?|options|tokens|(?:a |an )?(?:stake|share of the company))\b[^.;]{0,40}?\b(?:rather than|instead of|in lieu of|in place of|not)\s+(?:(?:a|any|regular|cash)\s+)?(?:salar(?:y|ies)|pay(?:checks?|cheques?)?|wages?|cash)\b|\b(?:in lieu of|instead of|in place of)\s+(?:(?:a|any)\s+)?(?:salar(?:y|ies)|pay(?:checks?)?|wages?|cash)\b|\bnot (?:yet )?(?:drawing|taking|paying|earning) (?:a )?(?:salar(?:y|ies)|wages?|pay)\b/i;
const CASH_LATER =
  /\b(?:salar(?:y|ies)|pay(?:checks?)?|cash (?:compensation|pay)|wages?)\b[^.;]{0,40}?\b(?:once|when|after|until|as soon as)\b[^.;]{0,40}?\b(?:raise|round|seed|series [a-c]|funding|funded|investment|money is in|revenue|close[sd]?)\b/i;
const CASH_LATER_ONLY =
  /\b(?:conversation|discussion|discussed|to be agreed|begins?|starts?|kicks? in|will follow|comes? later|deferred|postponed|until)\b/i;

const unpaidOtherwise = (clause: Clause): number | null => {
  if (!/salar|pay|wage|cash/i.test(clause.text)) return null;
  const swap = firstAffirmed(clause.text, EQUITY_FOR_CASH);
  if (swap) return swap.index;
  const later = CASH_LATER.exec(clause.text);
  return later && CASH_LATER_ONLY.test(later[0]) ? later.index : null;
};

const unpaidFound = new WeakMap<FlagContext, PostingFlag | null>();

const unpaid: FlagRule = {
  id: 'unpaid-or-equity-only',
  kind: 'red',
  check(context) {
    const known = unpaidFound.get(context);
    if (known !== undefined) return known;
    const found = unpaidCheck(context);
    unpaidFound.set(context, found);
    return found;
  },
};

/** The unpaid flag, worked out once per posting (the no-salary rule asks for it too). */
function unpaidCheck(context: FlagContext): PostingFlag | null {
  const clauses = context.structure.clauses.filter((clause) => !clause.heading);
  let hit = firstMatch(clauses, UNPAID);
  for (const clause of hit ? [] : clauses) {
    const index = unpaidOtherwise(clause);
    if (index !== null) {
      hit = { clause, index };
      break;
    }
  }
  if (!hit) return null;
  return flag(
    context,
    'unpaid-or-equity-only',
    'The pay is unpaid, equity-only or deferred. Equity in an early company is often worth nothing in the end; do not count it as income when you plan how long your savings last.',
    hit,
  );
}

const PAY_WORDS =
  /\b(?:salary|salaries|pay|paid|compensation|base|wage|rate|stipend|OTE|gross|CTC|annually|hourly|daily|per (?:hour|year|annum|month|day|week)|a year|an hour|a day)\b|\/\s?(?:hour|hr|h|year|yr|month|mo|day|week)\b/i;
const CURRENCY_BEFORE = String.raw`(?:US\$|C\$|CA\$|A\$|AU\$|R\$|[$€£₹¥]|Rs\.?|USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|INR|SGD|NZD|JPY|PLN|BRL)`;
const CURRENCY_AFTER = '(?:[$€£₹¥]|USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|INR|JPY|PLN|zł)';
/** Lakh (100,000) and crore (10,000,000) amounts as written in India: "32 LPA", "₹45L". */
const LAKH_UNIT = String.raw`\s?(?:L|lakhs?|lacs?|LPA)\b|\s?(?:cr|crores?)\b`;
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d+(?:\.\d+)?(?:${LAKH_UNIT})|\d{1,3}(?:[,.\u202f ]\d{3})+(?:[.,]\d{1,2})?(?:\s?[kK])?|\d+(?:[.,]\d+)?\s?[kK]\b|\d+(?:[.,]\d{1,2})?`;
const AMOUNT = String.raw`(?:${CURRENCY_BEFORE}\s?(?:${NUMBER})|(?:${NUMBER})\s?${CURRENCY_AFTER}|(?:${NUMBER}))`;
const PERIOD = String.raw`(?:\s?\/\s?(?:year|yr|hour|hr|h|month|mo|annum|day|week|wk)|\s(?:per|a|an) (?:year|hour|month|annum|day|week))?`;
const PAY_RANGE = new RegExp(
  String.raw`(${AMOUNT})${PERIOD}\s*(?:-|–|—|to|and|bis)\s*(${AMOUNT})${PERIOD}(?!\s?(?:M|B|bn|mm|million|billion)\b)`,
  'gi',
);
const PAY_SINGLE = new RegExp(
  String.raw`(${CURRENCY_BEFORE}\s?(?:${NUMBER})|(?:${NUMBER})\s?${CURRENCY_AFTER})(?!\s?(?:M|B|bn|mm|million|billion)\b)`,
  'gi',
);
const HOURLY = /\/\s?(?:hour|hr|h)\b|per hour|an hour|hourly/i;
/** Day and week rates of contract work: real pay, far below a yearly salary. */
const DAILY =
  /\/\s?(?:day|week|wk)\b|per (?:day|week|diem)|a (?:day|week)\b|daily|weekly|day rate/i;

/** The value of an amount as written ("$145,000", "65.000 €", "130k"), in currency units. */
function amountValue(written: string): number {
  const lakhs = /(\d+(?:\.\d+)?)\s?(?:(L|lakhs?|lacs?|LPA)|(cr|crores?))\b/i.exec(written);
  if (lakhs) return Number(lakhs[1]) * (lakhs[2] ? 100_000 : 10_000_000);
  const indian = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?/.exec(written);
  if (indian) return Number(indian[0].replace(/,/g, ''));
  const digits = written.replace(/[^\d.,kK]/g, '');
  const thousands = /[kK]$/.test(digits);
  const number = digits.replace(/[kK]$/, '');
  const grouped = /^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/.test(number);
  let value = grouped
    ? Number(number.replace(/[.,](\d{1,2})$/, '').replace(/[.,]/g, ''))
    : Number(number.replace(',', '.'));
  if (thousands) value *= 1000;
  return value;
}

const hasCurrency = (written: string) =>
  new RegExp(`^${CURRENCY_BEFORE}|${CURRENCY_AFTER}$`, 'i').test(written.trim()) ||
  new RegExp(`(?:[kK]|${LAKH_UNIT})$`, 'i').test(written.trim());

/** Where the posting states its pay: a range, or a single figure next to pay words. */
export function findPay(
  clauses: readonly Clause[],
): { clause: Clause; index: number; range: boolean } | null {
  for (const clause of clauses) {
    for (const found of clause.text.matchAll(PAY_RANGE)) {
      const low = found[1] ?? '';
      const high = found[2] ?? '';
      if (
        !hasCurrency(low) &&
        !hasCurrency(high) &&
        !PAY_WORDS.test(clause.text) &&
        !PAY_WORDS.test(clause.under)
      ) {
        continue;
      }
      const minimum =
        HOURLY.test(found[0]) || HOURLY.test(clause.text)
          ? 5
          : DAILY.test(found[0]) || DAILY.test(clause.text)
            ? 50
            : 10_000;
      const values = [amountValue(low), amountValue(high)];
      if (
        values.every((value) => value >= minimum) &&
        (values[1] as number) >= (values[0] as number)
      ) {
        return { clause, index: found.index, range: true };
      }
    }
  }
  for (const clause of clauses) {
    if (!PAY_WORDS.test(clause.text)) continue;
    for (const found of clause.text.matchAll(PAY_SINGLE)) {
      const hourly = HOURLY.test(
        clause.text.slice(found.index, found.index + found[0].length + 12),
      );
      if (amountValue(found[1] ?? '') >= (hourly ? 5 : 20_000)) {
        return { clause, index: found.index, range: false };
      }
    }
  }
  return null;
}

const VAGUE_PAY =
  /\b(?:competitive|attractive|market[- ]rate|DOE|depending on experience|commensurate)\b[^.;]{0,30}|\b(?:salary|compensation|pay)\b/i;

const noSalaryRange: FlagRule = {
  id: 'no-salary-range',
  kind: 'red',
  check(context) {
    const clauses = context.structure.clauses;
    if (findPay(clauses) || unpaid.check(context)) return null;
    const hit = firstMatch(clauses, VAGUE_PAY);
    const span = hit?.clause ?? context.structure.titleSpan ?? clauses[0];
    if (!span) return null;
    return {
      id: this.id,
      message:
        'No pay range is given. If the job is based somewhere that requires one — several US states require a range in the posting, and EU pay-transparency rules make employers share it before interviews — its absence is a warning sign; anywhere else, ask for the range before the first interview.',
      evidence: evidenceOf(context, span, hit ? hit.clause.start + hit.index : undefined),
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Green flags

const MENTORING =
  /\b(?:mentor(?:ship|ing|ed|s)?|buddy|coaching|apprenticeship|(?:structured|dedicated|guided) (?:onboarding|training|ramp[- ]up)|(?:onboarding|training) (?:programme|program|plan|period|buddy)|\d+[- ]week onboarding|career (?:development|growth|path|ladder|coaching))\b/i;
/**
 * The hire mentoring others, not being mentored: "you'll mentor", "you have mentored", a duty that
 * starts with the verb ("Mentor research associates"), or mentoring with people as its object.
 */
const MENTORING_OTHERS =
  /\b(?:you(?:'ll| will)?|to|and|will|also) (?:mentor|coach)\b|\b(?:you(?:'ve| have)?|have|has|having|who (?:has|have)) (?:\w+ )?(?:mentored|coached)\b|^\W*(?:mentor|coach)\s+(?!(?:programs?|programmes?|from|by|with|who|and|network|scheme|matching)\b)[a-z]|\b(?:mentor|coach)(?:ing|s|ed)? (?:(?:and|or) (?:grow|develop|support|guide)\w* )?(?:our |the |a |your )?(?:[\w-]+ )?(?:junior|juniors|other|others|team|teammates|more junior|engineers|scientists|analysts|interns|associates|researchers|developers|students|hires|members|new|less experienced|peers|colleagues|two|three)\b|\bmentorship (?:of|to|for) (?:junior|others|the team)\b/i;
/**
 * Guidance from someone more experienced, however it is put: paired or matched with a senior
 * engineer, a named person who guides you, learning from experienced colleagues. The senior side
 * must be a practitioner (not "senior leadership" or "senior stakeholders").
 */
const GUIDED =
  /\b(?:pair(?:ed|ing)?|match(?:ed)?|team(?:ed)?|partner(?:ed)?|assign(?:ed)?|buddy up) (?:up )?(?:with|to) (?:an? |your (?:own )?|a named )?(?:senior|experienced|more experienced|seasoned|staff|principal|lead|dedicated|named)\s+(?:[\w-]+\s+)?(?:engineers?|scientists?|developers?|researchers?|practitioners?|colleagues?|teammates?|members? of the team|guides?)\b|\b(?:senior|experienced|seasoned) (?:engineers?|scientists?|colleagues?|teammates?)\b[^.;]{0,40}\b(?:guide|coach|support|teach|review your|meet with (?:you|them)|check in with (?:you|them))\b|\blearn (?:directly )?from (?:our )?(?:senior|experienced|seasoned) (?:engineers?|scientists?|colleagues?|practitioners?|team ?mates?)\b/i;

/** Someone on the team set to guide the hire, in words without "mentor": "we'll pair every week". */
const PAIRED_WITH_YOU =
  /\b(?:we|i)(?:'ll| will| can)? pair\b(?=[^.;]{0,60}\b(?:every|each|weekly|week|while you|first|until)\b)|\bpair(?:s|ing)? with you\b|\bmeets? with you\b(?=[^.;]{0,40}\b(?:weekly|every week|one-on-one|1:1|each week)\b)/i;

const mentorship: FlagRule = {
  id: 'mentorship',
  kind: 'green',
  check(context) {
    for (const clause of context.structure.clauses) {
      if (clause.heading || MENTORING_OTHERS.test(clause.text)) continue;
      const found =
        firstAffirmed(clause.text, MENTORING) ??
        firstAffirmed(clause.text, PAIRED_WITH_YOU) ??
        (/senior|experienced|seasoned/i.test(clause.text)
          ? firstAffirmed(clause.text, GUIDED)
          : null);
      if (found && !isAsked(clause, found.index)) {
        return flag(
          context,
          this.id,
          'Mentoring or structured onboarding is on offer: support like this matters most in a first ML job.',
          { clause, index: found.index },
        );
      }
    }
    return null;
  },
};

/**
 * A learning allowance is something to learn (courses, conferences, books, study, certifications)
 * tied by the grammar to money or time given for it, in either order and in any words: "a $1,500
 * conference budget", "$3,000 a year toward courses", "a protected study day each month", "four
 * paid days a year for courses or conferences", "Friday afternoons are set aside for self-directed
 * learning". Asked of the candidate (requirement lists), denied ("we don't have a training
 * budget") or a duty to teach others ("train account managers") it does not count.
 */
const LEARNING_THING =
  /\b(?:learning|study|studying|courses?|coursework|conferences?|certifications?|books?|education(?:al)?|tuition|workshops?|upskilling|self[- ]development|seminars?|summer schools?|training|professional development)\b/gi;
/** Learning that is not an employee's learning: a field of ML, a kind of study, model training. */
const NOT_LEARNING =
  /\b(?:machine|deep|reinforcement|federated|transfer|self-supervised|semi-supervised|supervised|unsupervised|representation|contrastive|active|online|statistical|robot|multi-task|meta|ensemble|few-shot|zero-shot) learning\b|\blearning[- ]to[- ]rank\b|\blearning (?:models?|algorithms?|systems?|rates?|loops?|problems?)\b|\b(?:case|user|clinical|observational|pilot|field|feasibility) stud(?:y|ies)\b|\btraining (?:data|jobs?|runs?|pipelines?|loops?|sets?|time|costs?|infrastructure|platform|clusters?|models?|and (?:tuning|deploying|serving))\b|\b(?:model|gpu|distributed|experience) training\b|\bconference calls?\b|\border books?\b/i;
const NUMBER_WORD = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|a|an)`;
const TIME_GIVEN = String.raw`(?:(?:paid|protected|dedicated|reserved|allocated|ring-?fenced|free|company)\s+(?:[\w-]+\s+)?(?:time|days?|hours?|afternoons?|mornings?|weeks?)|${NUMBER_WORD}\s*(?:%|percent)(?:\s+of\s+(?:your\s+|our\s+|working\s+)?time)?|${NUMBER_WORD}\s+(?:[\w-]+\s+)?(?:days?|hours?|afternoons?|mornings?|weeks?)\s+(?:a|per|each|every)\s+(?:year|month|week|quarter|sprint)|(?:every|each|on)\s+(?:monday|tuesday|wednesday|thursday|friday)s?(?:\s+(?:afternoons?|mornings?))?|(?:time|days?|hours?|afternoons?|mornings?)\s+(?:are\s+|is\s+)?(?:set aside|reserved|blocked(?: out)?|protected|ring-?fenced))`;
const MONEY_GIVEN = String.raw`(?:budgets?|stipends?|allowances?|funds?|funding|reimbursements?|(?:US\$|[$€£₹¥]|Rs\.?\s?)\s?\d[\d,.]*\s?[kK]?|\d[\d,.]*\s?(?:[$€£₹¥]|usd|eur|gbp|chf|inr))`;
/** Money or time, then a link word, then (up to three words before) the thing to learn. */
const GIVEN_FOR = new RegExp(
  String.raw`(?:${TIME_GIVEN}|${MONEY_GIVEN})[^.;]{0,30}?\s(?:for|to|of|on|toward|towards|covering|to spend on|dedicated to|devoted to)\s+(?:[\w&-]+\s+){0,3}$`,
  'i',
);
/** The thing to learn, then the money or time: "learning budget", "study day", "courses paid for". */
const THING_GIVEN =
  /^(?:\s*(?:and|or|&|\/)\s*[\w-]+)*\s*(?:budgets?|stipends?|allowances?|funds?|funding|reimbursement|assistance|leave|time|days?|hours?|afternoons?|weeks?)\b|^[^.;]{0,30}?\b(?:paid for|covered|reimbursed|sponsored|funded|on us|on the company)\b/i;
const TEACHING =
  /\b(?:train|teach|run|deliver|lead|give|present|sell|design|build)\w*\s+(?:[\w-]+\s+)?$/i;

const learningBudget: FlagRule = {
  id: 'learning-budget',
  kind: 'green',
  check(context) {
    for (const clause of context.structure.clauses) {
      if (clause.heading || clause.section === 'apply') continue;
      const { text } = clause;
      LEARNING_THING.lastIndex = 0;
      const any = LEARNING_THING.test(text);
      // matchAll starts where the last search stopped.
      LEARNING_THING.lastIndex = 0;
      if (!any) continue;
      for (const thing of text.matchAll(LEARNING_THING)) {
        const at = thing.index;
        if (isAsked(clause, at)) continue;
        const end = at + thing[0].length;
        if (NOT_LEARNING.test(text.slice(Math.max(0, at - 25), end + 25))) continue;
        const before = text.slice(Math.max(0, at - 90), at);
        const given =
          // Study time and leave are time given by themselves; "professional development" is
          // given only with money or time attached ("a professional development budget").
          /\b(?:study time|study leave)\b/i.test(thing[0]) ||
          GIVEN_FOR.test(before) ||
          THING_GIVEN.test(text.slice(end, end + 50));
        if (!given || isDenied(text, at, end) || TEACHING.test(before)) continue;
        return flag(context, this.id, LEARNING_MESSAGE, { clause, index: at });
      }
    }
    return null;
  },
};
const LEARNING_MESSAGE =
  'Time or money for learning (courses, conferences, books) is part of the offer.';

/** ML infrastructure by what it is, named generically or by a well-known product. */
const INFRASTRUCTURE =
  /\b(?:feature (?:stores?|platform)|model registr(?:y|ies)|experiment track(?:ing|ers?)|(?:ml|mlops|machine learning|model|training|serving|inference|evaluation|eval|labell?ing|annotation) (?:platform|infrastructure|infra|stack|tooling|harness)s?|mlops (?:team|platform|stack|tooling)|(?:ml|machine learning) platform team|(?:evaluation|eval) harness(?:es)?|(?:model )?serving (?:platform|infrastructure|layer)|mlflow|weights (?:&|and) biases|w&b|kubeflow|feast|tecton|metaflow|kserve|(?:vertex ai|sagemaker) pipelines)\b/i;

const mlInfrastructure: FlagRule = {
  id: 'ml-infrastructure',
  kind: 'green',
  check(context) {
    const title = context.structure.titleSpan;
    for (const clause of context.structure.clauses) {
      if (clause.heading || clause.section === 'apply' || clause.section === 'title') continue;
      // The rest of a title line that lost its break ("Research Engineer — Training Infrastructure")
      // names the team's subject, not something in place.
      if (title && /^ ?[—–|,:·-] ?$/.test(context.text.slice(title.end, clause.start))) continue;
      const there = presences(clause, INFRASTRUCTURE).find(({ presence }) => presence === 'exists');
      if (there) {
        return flag(
          context,
          this.id,
          'ML infrastructure is already in place (feature store, model registry, experiment tracking or an ML platform), so more of your time goes to models and less to plumbing.',
          { clause, index: there.index },
        );
      }
    }
    return null;
  },
};

const OWNERSHIP =
  /\b(?:own(?:s|ing)?|ownership|end[- ]to[- ]end|responsible for|accountable for|lead(?:ing)?|drive|driving|take\b[^.;]{0,80}\b(?:to|into) production|from [\w\s-]{1,30} (?:to|into) production)\b/i;
const EVALUATION =
  /\b(?:evaluation|evals?|a\/b test\w*|offline metrics|online experiments?|model quality)\b/i;
const PRODUCTION =
  /\b(?:production|prod|deploy\w*|ship\w*|live traffic|monitor\w*|evaluation|model quality|in the wild)\b/i;
const MODEL_WORDS =
  /\b(?:models?|ml|machine learning|classifiers?|forecasts?|rankers?|recommenders?|systems?|llms?|assistants?|agents?|copilots?|chatbots?|rag|retrieval|predictions?|inference)\b/i;
/** Putting a model in front of users: deploy, ship, launch, take it to a service. */
const DEPLOY =
  /\b(?:deploy\w*|ship(?:s|ping|ped)?|launch\w*|productioni[sz]\w*|(?:in|into|to) production|to (?:a |an )?(?:live )?(?:service|api|endpoint)s?|as (?:a )?(?:services?|apis?|endpoints?)|go(?:es)? live|serv(?:e|es|ing) (?:them|it|models?|predictions?))\b/i;
/** Looking after a model once it is live: monitoring, retraining, being on call for it. */
const AFTERCARE =
  /\b(?:monitor(?:s|ing|ed)?|retrain\w*|recalibrat\w*|on[- ]call|alerting|drift|post[- ]mortems?|watch (?:them|it|over)|keep(?:s|ing)? (?:it|them|models?|the models?|(?:\w+ )?models) (?:healthy|running|accurate|fresh|reliable|calibrated|working))\b/i;

const ON_CALL =
  /\bon[- ]call\b(?=[^.;]{0,60}\b(?:models?|predictions?|ml|machine learning|forecasts?|classifiers?|rankers?|services? you)\b)/i;

/** Someone else doing it ("those data scientists ship on"), or you only helping ("help retrain"). */
const NOT_YOURS =
  /(?<!\b(?:with|your)\s+(?:\S+\s+){0,3})\b(?:scientists|analysts|teams?|they|others|customers|users|colleagues|researchers)\b|\b(?:help(?:s|ing)?|assist\w*|support(?:s|ing)?|contribut\w* to|learn\w*|shadow\w*|pair\w* with)\b/i;

/** A match of `pattern` in a duty that is the hire's own: not denied, not someone else's, not help. */
function ownDuty(clause: Clause, pattern: RegExp): RegExpExecArray | null {
  const found = firstAffirmed(clause.text, pattern);
  if (!found) return null;
  const before =
    clause.text
      .slice(0, found.index)
      .split(/[.;:()]/)
      .at(-1) ?? '';
  return NOT_YOURS.test(before.split(/\s+/).slice(-12).join(' ')) ? null : found;
}

/** Systems handed to someone else to run once built: a consultancy's clients, another team. */
const HANDED_OVER =
  /\b(?:client|customer)(?:'s|s'|s)?\b[^.;]{0,30}\b(?:teams?|staff|engineers|people)\b[^.;]{0,25}\b(?:run|own|operate|maintain|take over|support)\b|\bhand(?:s|ed|ing)? (?:them |it |the \w+ )?(?:over|off)\b/i;

const productionOwnership: FlagRule = {
  id: 'production-ownership',
  kind: 'green',
  check(context) {
    // The ownership verb may sit in the clause or in its heading ("What you'll own").
    const owned = body(context).find((clause) => {
      const own = firstAffirmed(clause.text, OWNERSHIP);
      return (
        (own !== null || (OWNERSHIP.test(clause.under) && isDuty(clause))) &&
        ((PRODUCTION.test(clause.text) && MODEL_WORDS.test(clause.text)) ||
          EVALUATION.test(clause.text)) &&
        !/\bmentor/i.test(clause.text) &&
        !HANDED_OVER.test(clause.text)
      );
    });
    if (owned) {
      return flag(context, this.id, OWNERSHIP_MESSAGE, {
        clause: owned,
        index: Math.max(0, OWNERSHIP.exec(owned.text)?.index ?? 0),
      });
    }
    // Ownership as duties: the person hired ships models and looks after them once live.
    const duties = context.structure.clauses.filter((clause) => isDuty(clause) && !isAsked(clause));
    // Being on call for models is owning them in production by itself.
    for (const clause of duties) {
      const onCall = ownDuty(clause, ON_CALL);
      if (onCall) return flag(context, this.id, OWNERSHIP_MESSAGE, { clause, index: onCall.index });
    }
    const ships = duties.some((clause) => ownDuty(clause, DEPLOY) !== null);
    if (!ships) return null;
    for (const clause of duties) {
      const care = ownDuty(clause, AFTERCARE);
      if (care && (MODEL_WORDS.test(clause.text) || /\b(?:them|it)\b/i.test(clause.text))) {
        return flag(context, this.id, OWNERSHIP_MESSAGE, { clause, index: care.index });
      }
    }
    return null;
  },
};
const OWNERSHIP_MESSAGE =
  'You would own models in production, evaluation and monitoring included: the end-to-end experience that grows an applied ML career fastest.';

const salaryRange: FlagRule = {
  id: 'salary-range',
  kind: 'green',
  check(context) {
    const pay = findPay(context.structure.clauses);
    if (!pay) return null;
    return flag(
      context,
      this.id,
      pay.range
        ? 'The pay range is in the posting, so you can judge the fit before investing in interviews.'
        : 'The pay is stated in the posting, so you can judge the fit before investing in interviews.',
      pay,
    );
  },
};

const OPEN_DOOR =
  /\bor (?:an? )?equivalent\b(?! (?:cloud|tools?|platforms?|frameworks?|technolog\w*|stack|services?|librar\w*|languages?|software|product))|\bequivalent (?:practical |professional |work |industry |relevant )?experience\b|\bbootcamps?\b|\bself[- ]taught\b|\bself[- ]stud(?:y|ied)\b|\bno (?:college |university |formal |cs |computer science )?degree (?:is )?(?:required|needed|necessary)\b|\bdegree (?:is )?not (?:required|needed|necessary)\b|\b(?:don't|do not) need an? (?:[\w-]+ ){0,3}degree\b|\bnon[- ]traditional (?:backgrounds?|paths?|routes?|candidates?)\b|\bcareer (?:changers?|switchers?|changes?)\b|\blearn(?:ed|ing|t)? on your own\b|\bunconventional (?:backgrounds?|paths?)\b|\boutside (?:of )?(?:a )?(?:university|academia|traditional)\b|\bdegrees? (?:(?:is|are) )?(?:optional|(?:do|does)(?:n't| not) matter|(?:is|are)(?:n't| not) (?:required|necessary|needed|important|a requirement))\b|\bregardless of (?:your |a )?(?:degree|education(?:al background)?|academic background)\b|\b(?:skills|portfolio|what you(?:'ve| have)? (?:built|shipped|done|made)) (?:matters? )?(?:more than|over) (?:a |your |formal )?(?:degrees?|credentials|pedigree|diplomas?)\b/i;
const DEGREE_CONTEXT =
  /\b(?:degrees?|bachelor|master|ph\.?\s?d|bs|ba|ms|msc|bsc|diploma|qualifications?|education|experience|background)\b/i;

const nonTraditional: FlagRule = {
  id: 'non-traditional-welcome',
  kind: 'green',
  check(context) {
    const clauses = context.structure.clauses.filter(
      (clause) => !clause.heading && clause.section !== 'apply' && DEGREE_CONTEXT.test(clause.text),
    );
    const hit =
      firstMatch(clauses, OPEN_DOOR) ??
      firstMatch(
        context.structure.clauses.filter((clause) => !clause.heading && clause.section !== 'apply'),
        /\bbootcamps?\b|\bself[- ]taught\b|\bcareer (?:changers?|switchers?)\b|\bnon[- ]traditional\b/i,
      );
    return hit
      ? flag(
          context,
          this.id,
          'Open to people who did not take the usual degree route (equivalent experience, bootcamps, self-taught): a good sign for career switchers.',
          hit,
        )
      : null;
  },
};

/** Every flag rule, red first; a flag appears at most once per posting. */
export const FLAG_RULES: readonly FlagRule[] = [
  yearsBeyondAge,
  endlessToolList,
  soleMlPerson,
  researchOutputExpected,
  vagueTitle,
  unpaid,
  noSalaryRange,
  mentorship,
  learningBudget,
  mlInfrastructure,
  productionOwnership,
  salaryRange,
  nonTraditional,
];

/** Runs every rule: red flags and green flags, each in rule order. */
export function findFlags(context: FlagContext): {
  redFlags: PostingFlag[];
  greenFlags: PostingFlag[];
} {
  const redFlags: PostingFlag[] = [];
  const greenFlags: PostingFlag[] = [];
  for (const rule of FLAG_RULES) {
    const found = rule.check(context);
    if (found && found.evidence.trim() !== '') {
      (rule.kind === 'red' ? redFlags : greenFlags).push(found);
    }
  }
  return { redFlags, greenFlags };
}
