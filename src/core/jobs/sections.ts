import type { TermMatch } from './terms.js';
import { BULLET, clauseSpans, lineSpans, type Span, trimSpan } from './text.js';

/**
 * The structure of a posting: its title, its sections (found from headings such as
 * "Requirements" or "Nice to have", whole-line or inline as in "Preferred: …") and its clauses,
 * each with the role its skills play.
 *
 * How a clause's role is decided (the analyzer's required-vs-preferred rules):
 * - title, requirement sections ("Requirements", "What you'll need", "Must have", "You have") and
 *   responsibility sections ("What you'll do", "Duties"): required — tools you will use every day
 *   are part of the bar even when the posting lists them under duties — unless the clause itself
 *   says otherwise ("…is a plus", "ideally", "not required"), which makes it preferred;
 * - preferred sections ("Nice to have", "Preferred", "Bonus", "Even better"): preferred;
 * - a "Tech stack" / "Tools we use" section: preferred (what the team uses, not a hard bar),
 *   unless a clause says "required" or "must";
 * - company, benefits and how-to-apply sections: ignored, so a tool named in "About us" is never
 *   a requirement;
 * - text under no heading (prose postings, walls of text): each sentence on its own — a sentence
 *   about the company ("We are…", "Acme builds…") is ignored unless it speaks of the candidate, a
 *   sentence naming the stack ("we use…", "runs on…") is preferred, a preference cue makes it
 *   preferred, and anything else is required.
 */

export const SECTIONS = [
  'title',
  'intro',
  'about',
  'responsibilities',
  'required',
  'preferred',
  'stack',
  'benefits',
  'apply',
  'other',
] as const;
export type Section = (typeof SECTIONS)[number];
export type Role = 'required' | 'preferred' | 'ignored';

/** One clause (a sentence, a list item, or a part of one) of the normalized posting. */
export interface Clause extends Span {
  text: string;
  section: Section;
  role: Role;
  /** Index of the line the clause is on. */
  line: number;
  /** True for a heading line (kept only so flags can quote it). */
  heading: boolean;
  /** The heading the clause sits under ('' before the first one). */
  under: string;
}

export interface PostingStructure {
  /** The title as written (without markdown), or '' when none was found. */
  title: string;
  /** Where the title sits in the normalized text, for quoting. */
  titleSpan: Span | null;
  clauses: Clause[];
}

/** Words that say what a job is. */
export const ROLE_NOUN =
  /\b(?:engineers?|engineering|scientists?|science|analysts?|developers?|researchers?|architects?|managers?|lead|head|director|specialists?|consultants?|interns?|internship|programmers?|statisticians?|administrators?|technicians?|officers?|associates?|fellows?|designers?|mlops|sre|devops|analytics|apprentices?|trainees?|postdoc|professor|strategists?|advisors?|coordinators?|mle)\b/i;
/** Words that put a title in machine-learning territory. */
export const ML_WORDS =
  /\b(?:ML|AI|A\.I\.|MLE|MLOps|machine learning|artificial intelligence|deep learning|computer vision|NLP|natural language|LLMs?|GenAI|generative|data scien\w*|perception|recommendations?|recommender|personali[sz]ation|ranking|speech)\b/i;

/**
 * What a heading names, from its wording; null when it names none of the known sections. The
 * order matters: "About you" is requirements, "About the role" duties, "About Acme" the company.
 */
export function classifyHeading(heading: string): Section | null {
  const text = heading.toLowerCase().replace(/[’`]/g, "'");
  if (
    /\b(?:how to apply|to apply|apply now|application process|interview process|hiring process|recruitment process|recruiting process|selection process|how we (?:hire|interview|recruit)|our (?:hiring|interview|recruiting) (?:process|steps|loop)|interview (?:steps|stages|loop|rounds)|hiring steps|next steps|equal (?:employment )?opportunit\w*|eeo|diversity|inclusion|accommodations?|disclaimer|privacy|agencies|recruiters)\b/.test(
      text,
    )
  ) {
    return 'apply';
  }
  if (/\babout (?:you|yourself)\b/.test(text)) return 'required';
  if (/\babout (?:the|this) (?:role|position|opportunity|work|job)\b/.test(text)) {
    return /\bjob\b/.test(text) ? 'intro' : 'responsibilities';
  }
  if (
    /\b(?:benefits?|perks|compensation|salary|salaries|pay|wages?|what we offer|we offer|our offer|total rewards|rewards|time off|vacation|why you'll love|what's in it for you|package|we provide|in return)\b/.test(
      text,
    )
  ) {
    return 'benefits';
  }
  if (
    /\b(?:nice|bonus|plus|pluses|prefer\w*|desir\w*|optional|not (?:required|needed|necessary|essential|mandatory)|extra credit|even better|ideally|good to have|great to have|would be (?:great|nice)|stand out|brownie)\b/.test(
      text,
    )
  ) {
    return 'preferred';
  }
  if (
    /\b(?:tech(?:nology|nical)? stack|our stack|the stack|stack|tools we use|tools you'll use|technologies|tooling|our tools|toolbox|what we use|we use)\b/.test(
      text,
    )
  ) {
    return 'stack';
  }
  if (
    /\b(?:requirements?|required|qualifications?|must[- ]haves?|must have|what (?:you'll|you will|you) (?:need|bring|have)|you (?:have|bring|are|should have|might be|need|will need)|who you are|what we(?:'re| are)? looking for|what we look for|looking for|ideal candidate|skills|experience|competenc\w*|your (?:background|profile|skills|experience|toolkit)|what it takes|is this you|education|we need|expectations|need to have|knowledge|abilities)\b/.test(
      text,
    )
  ) {
    return 'required';
  }
  if (
    /\b(?:responsibilit\w*|what you(?:'ll| will) (?:do|work on|own|build|be doing|achieve)|the role|your role|role|the job|the work|your work|day[- ]to[- ]day|in this role|duties|your (?:impact|mission|tasks|day)|tasks|the opportunity|the position|overview|description|what success looks like|first \d+ days|in your first|you will|you'll|projects|challenges|accountabilit\w*|key (?:tasks|areas))\b/.test(
      text,
    )
  ) {
    return 'responsibilities';
  }
  if (
    /\b(?:about|who we are|our (?:company|mission|story|team|culture|values|investors|vision)|company|mission|the team|team|culture|why (?:join|us|work)|life at|backed by|investors)\b/.test(
      text,
    )
  ) {
    return 'about';
  }
  if (
    /\b(?:location|where|remote|hours|schedule|contract|employment type|start date|reports? to|level|seniority)\b/.test(
      text,
    )
  ) {
    return 'other';
  }
  return null;
}

/** Inline cues that make a clause preferred wherever it stands. */
export const PREFERRED_CUE =
  /\b(?:nice[- ]to[- ]haves?|preferred|preferably|preference|bonus|ideally|desirable|desired|(?:an|a real|a big) advantage|advantageous|helpful|beneficial|would be (?:great|nice|ideal|a plus)|good to have|great to have|extra points|brownie points|not (?:required|necessary|needed|mandatory|essential|a must)|optional|we'?d love|we would love|even better|(?:is|are) welcome|(?:a|is|are|big|huge|definite|real|major|strong) plus|plus if|it helps|helps if|would help|(?:is|are) useful|(?:is|are) handy)\b|\b(?:knowing|having|familiarity with|experience with|exposure to)\b[^.;]{0,50}\bhelps\b|^\s*plus\b/i;
/** Clauses that name something only to say it is not needed. */
export const NEGATED_CUE =
  /\b(?:no|don't|do not|doesn't|does not|without|never)\b[^.;]{0,40}\b(?:need|needed|required|necessary|expect(?:ed)?|have to)\b|\bnot (?:required|needed|necessary|expected)\b/i;
/** Words that show a sentence speaks of the candidate or the job rather than the company. */
const CANDIDATE_CUE =
  /\b(?:you|your|you'll|you're|you've|you'd|yourself|candidates?|applicants?|the ideal|someone|this role|the role|the position|experience (?:with|in)|proficien\w*|familiar\w*|knowledge of|skills?|must|required|requirements?|need|needs|looking for|seeking|hiring|essential|expected|mandatory|necessary|person|people who|anyone|teammates?|in mind)\b/i;
const ABOUT_START =
  /^(?:we|we're|we've|we are|our|founded|headquartered|backed|since|today|together|join us|at [A-Z][\w&.'’-]*)\b/i;
const COMPANY_SENTENCE =
  /^[A-Z][^\s,;:]*(?: [^\s,;:]+){0,4} (?:is|are|was|has|have|helps|builds|makes|runs|provides|offers|delivers|serves|powers|processes|moves|creates|develops|designs|operates|sells|connects|gives|lets|works|keeps|owns|supports|employs|uses|was founded)\b/;
const STACK_CUE =
  /\b(?:we use|we're using|we are using|our stack|tech stack|built (?:on|with)|runs? on|written in|powered by|we work with|our tools|tooling)\b/i;

/** Whether a clause outside any requirement section talks about the company, not the job. */
export function isAboutCompany(text: string): boolean {
  if (CANDIDATE_CUE.test(text)) return false;
  return ABOUT_START.test(text) || COMPANY_SENTENCE.test(text);
}

function roleOf(section: Section, text: string, namesTechnology: boolean): Role {
  switch (section) {
    case 'title':
      return 'required';
    case 'required':
    case 'responsibilities':
      return PREFERRED_CUE.test(text) || NEGATED_CUE.test(text) ? 'preferred' : 'required';
    case 'preferred':
      return 'preferred';
    case 'stack':
      return /\b(?:must|required)\b/i.test(text) && !NEGATED_CUE.test(text)
        ? 'required'
        : 'preferred';
    case 'about':
    case 'benefits':
    case 'apply':
      return 'ignored';
    default:
      if (PREFERRED_CUE.test(text) || NEGATED_CUE.test(text)) return 'preferred';
      // A company sentence that names its tools ("our data lives in BigQuery") describes the stack.
      if (isAboutCompany(text)) {
        return STACK_CUE.test(text) || namesTechnology ? 'preferred' : 'ignored';
      }
      return 'required';
  }
}

const LEADING_CUE =
  /[,;]\s*(?:and |but )?(?:ideally|preferably|optionally|bonus(?: points)? if|(?:a |big )?plus if|even better if|nice to have|or better yet)\b/gi;
const PARENTHESIS = /\(([^()]{1,160})\)/g;
const CUE_WORDS =
  /\b(?:nice[- ]to[- ]haves?|preferred|preferably|bonus|ideally|desirable|desired|an? advantage|advantageous|helpful|beneficial|not (?:required|necessary|needed|mandatory|essential)|optional|even better|(?:a |is |are |big |huge )?plus|would be (?:great|nice))\b/gi;

/**
 * Narrows a preference cue to the words it is about: a parenthesis such as "(AWS preferred)" or
 * "(CKA a plus)" becomes a clause of its own, and ", ideally with …" starts one, so "Kubernetes
 * in production (CKA a plus), Terraform" keeps Kubernetes and Terraform required. A bare "(a
 * plus)" stays where it is and applies to its whole clause.
 */
function splitAtCues(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const cuts: { from: number; to: number; own: boolean }[] = [];
  for (const found of slice.matchAll(PARENTHESIS)) {
    const inner = found[1] ?? '';
    if (!PREFERRED_CUE.test(inner)) continue;
    if (inner.replace(CUE_WORDS, '').replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
    cuts.push({ from: found.index, to: found.index + found[0].length, own: true });
  }
  for (const found of slice.matchAll(LEADING_CUE)) {
    cuts.push({ from: found.index, to: found.index + 1, own: false });
  }
  if (cuts.length === 0) return [span];
  cuts.sort((a, b) => a.from - b.from);
  const pieces: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.from < from) continue;
    pieces.push({ start: span.start + from, end: span.start + cut.from });
    // The parenthesis's content (without the brackets) is a piece of its own.
    if (cut.own) pieces.push({ start: span.start + cut.from + 1, end: span.start + cut.to - 1 });
    from = cut.to;
  }
  pieces.push({ start: span.start + from, end: span.end });
  return pieces
    .map((piece) => trimSpan(text, piece))
    .filter(
      (piece): piece is Span =>
        piece !== null && /[\p{L}\p{N}]/u.test(text.slice(piece.start, piece.end)),
    );
}

/** Blanks markdown decoration with spaces, so offsets stay those of the normalized text. */
function plainLine(line: string): { plain: string; hashed: boolean; bold: boolean } {
  const hashed = /^#{1,6}\s/.test(line);
  const core = line.replace(/^#{1,6}\s+/, '').trim();
  const bold = /^(\*\*|__)[^*_].*\1:?$/.test(core);
  const plain = line
    .replace(/^#{1,6}(?=\s)/, (marks) => ' '.repeat(marks.length))
    .replace(/\*|__/g, (m) => ' '.repeat(m.length));
  return { plain, hashed, bold };
}

const isAllCaps = (text: string) => /[A-Z]{2}/.test(text) && !/[a-z]/.test(text);

/** The section a whole line opens when it is a heading, or null when it is ordinary text. */
function headingOf(line: string, hasTerms: boolean): { section: Section } | null {
  const { plain, hashed, bold } = plainLine(line);
  if (BULLET.test(plain.trimStart()) && !hashed) return null;
  const trimmed = plain.trim();
  const endsColon = /[:：]$/.test(trimmed);
  const text = trimmed.replace(/[:：]$/, '').trim();
  if (text.length === 0) return null;
  if (hashed) return { section: classifyHeading(text) ?? 'other' };
  if (text.length > 70) return null;
  const words = text.split(/\s+/).length;
  if (words > 9 || (/[.!?]$/.test(text) && !endsColon)) return null;
  const marked = endsColon || bold || (isAllCaps(text) && words <= 8);
  if (!marked && (hasTerms || words > 6)) return null;
  const section = classifyHeading(text);
  if (marked) return { section: section ?? 'other' };
  return section ? { section } : null;
}

const INLINE_HEADING =
  /(?:^|(?<=[.!?;]\s{1,3})|(?<=\s[•·|–—]\s))\**([A-Z][A-Za-z'’ &/-]{1,40}?)\**\s*[:：]\**\s+/g;
/** Sections an inline heading keeps open for the lines below it (a "Salary: …" field does not). */
const CARRIED: ReadonlySet<Section> = new Set([
  'required',
  'preferred',
  'responsibilities',
  'stack',
  'about',
  'apply',
]);

const TITLE_FIELDS = 'job title|position title|role title|position|job|role|title|vacancy|opening';
/** The label of a field that holds the job title ("Job title: …", "Position: …"). */
export const TITLE_FIELD_LABEL = new RegExp(`^(?:${TITLE_FIELDS})$`, 'i');
const FIELD_TITLE = new RegExp(
  String.raw`^\**(?:${TITLE_FIELDS})\**\s*[:：]\**\s*(.{3,100})$`,
  'i',
);

/** Finds the title: a "Job title:" field, else the first heading-like line that names a role. */
function findTitle(text: string, lines: Span[]): { span: Span; line: number } | null {
  const firstLines: number[] = [];
  for (let index = 0; index < lines.length && firstLines.length < 15; index++) {
    const line = lines[index] as Span;
    if (line.end > line.start) firstLines.push(index);
  }
  for (const index of firstLines) {
    const line = lines[index] as Span;
    const field = FIELD_TITLE.exec(text.slice(line.start, line.end));
    if (field?.[1] && field[1].split(/\s+/).length <= 12) {
      const start = line.end - field[1].length;
      const span = trimSpan(text, { start, end: line.end });
      if (span) return { span, line: index };
    }
  }
  const candidates = firstLines.slice(0, 8).flatMap((index) => {
    const line = lines[index] as Span;
    const raw = text.slice(line.start, line.end);
    const { plain } = plainLine(raw);
    if (BULLET.test(plain.trimStart())) return [];
    const span = trimSpan(text, { start: line.start, end: line.end });
    if (!span) return [];
    let words = text
      .slice(span.start, span.end)
      .replace(/[\s:,;|·•–—-]+$/, '')
      .trim();
    // A field such as "Location: Manchester" is not the title.
    if (/^[A-Z][\w ]{1,20}:\s/.test(words) && !FIELD_TITLE.test(words)) return [];
    // Job-board headlines run on: "Contract Data Engineer - Airflow / dbt - Outside IR35 - £550/day".
    const head = words.split(/\s+[-–—|]\s+/)[0] ?? words;
    if (head !== words && words.split(/\s+/).length > 14 && ROLE_NOUN.test(head)) words = head;
    if (words.length > 120 || words.split(/\s+/).length > 14 || /\.$/.test(words)) return [];
    const section = classifyHeading(words);
    const named = ROLE_NOUN.test(words) || ML_WORDS.test(words);
    if (section && section !== 'other' && !named) return [];
    return [{ span: { start: span.start, end: span.start + words.length }, line: index, named }];
  });
  const named = candidates.find((candidate) => candidate.named);
  if (named) return named;
  const first = candidates[0];
  if (first && text.slice(first.span.start, first.span.end).split(/\s+/).length <= 10) return first;
  const hiring =
    /\b(?:hiring|looking for|seeking|searching for)\s+(?:an?|our(?: first| next)?)\s+((?:[A-Z][\w/+&-]*|ML|AI)(?:[ -](?:[A-Z][\w/+&-]*|ML|AI|of|and))*)/.exec(
      text.slice(0, 1500),
    );
  if (hiring?.[1] && ROLE_NOUN.test(hiring[1])) {
    const start = hiring.index + hiring[0].length - hiring[1].length;
    const lineIndex = lines.findIndex((line) => line.start <= start && start <= line.end);
    return { span: { start, end: start + hiring[1].length }, line: lineIndex };
  }
  return null;
}

/**
 * Reads the structure of a normalized posting. `terms` are the catalog terms found in it (they
 * keep short lines such as "Python" or "Strong SQL" from being taken for headings).
 */
export function readStructure(
  text: string,
  terms: readonly TermMatch[],
  isTechnology: (id: string) => boolean = () => false,
): PostingStructure {
  const lines = lineSpans(text);
  const title = findTitle(text, lines);
  // Terms come in text order: binary search finds the first one of a span.
  const firstTermAt = (offset: number) => {
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((terms[middle] as TermMatch).start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const hasTermsIn = (span: Span) => {
    const index = firstTermAt(span.start);
    return index < terms.length && (terms[index] as TermMatch).start < span.end;
  };
  const namesTechnology = (span: Span) => {
    for (let index = firstTermAt(span.start); index < terms.length; index++) {
      const term = terms[index] as TermMatch;
      if (term.start >= span.end) return false;
      if (term.end <= span.end && isTechnology(term.id)) return true;
    }
    return false;
  };

  const clauses: Clause[] = [];
  let under = '';
  const push = (span: Span, section: Section, line: number, heading = false) => {
    const pieces = heading || section === 'title' ? [span] : splitAtCues(text, span);
    for (const piece of pieces) {
      const clauseText = text.slice(piece.start, piece.end);
      clauses.push({
        start: piece.start,
        end: piece.end,
        text: clauseText,
        section,
        role: heading ? 'ignored' : roleOf(section, clauseText, namesTechnology(piece)),
        line,
        heading,
        under,
      });
    }
  };

  let section: Section = 'intro';
  /** The section of the heading on the line before, while no body line has come since. */
  let openedBy: Section | null = null;
  lines.forEach((line, index) => {
    if (line.end === line.start) return;
    if (title && index === title.line) {
      push(title.span, 'title', index);
      if (title.span.start > line.start || title.span.end < line.end) {
        // A title taken from a field or a sentence: the rest of the line is ordinary text.
        const before = trimSpan(text, { start: line.start, end: title.span.start });
        const after = trimSpan(text, { start: title.span.end, end: line.end });
        for (const span of [before, after]) {
          if (span && !/^[\s*:：]*$/.test(text.slice(span.start, span.end))) {
            for (const clause of clauseSpans(text, span.start, span.end)) {
              push(clause, section, index);
            }
          }
        }
      }
      return;
    }
    const raw = text.slice(line.start, line.end);
    const heading = headingOf(raw, hasTermsIn(line));
    if (heading) {
      // An unnamed heading right under a named one leads into its list ("Nice to have" then
      // "Anything with images or text:"): the named section goes on.
      section = heading.section === 'other' && openedBy ? openedBy : heading.section;
      openedBy = section === 'other' ? null : section;
      const span = trimSpan(text, line);
      if (span) push(span, section, index, true);
      under = span ? text.slice(span.start, span.end) : '';
      return;
    }
    openedBy = null;
    const { plain } = plainLine(raw);
    const bullet = BULLET.exec(plain);
    const contentStart = line.start + (bullet ? bullet[0].length : 0);
    const content = text.slice(contentStart, line.end);
    // Inline headings: "Requirements: …", "Nice to have: …" (also several in one wall of text).
    const cuts: { at: number; bodyAt: number; section: Section }[] = [];
    const aboutTheJob = /^about the job\b\s*/i.exec(content);
    if (aboutTheJob) {
      cuts.push({ at: 0, bodyAt: aboutTheJob[0].length, section: 'intro' });
    }
    for (const found of content.matchAll(INLINE_HEADING)) {
      const label = found[1] ?? '';
      if (label.split(/\s+/).length > 5) continue;
      const named = classifyHeading(label);
      // Inside a list item only a requirement cue ("Nice to have: …") changes the role; a label
      // such as "Learn our tools:" is part of the item.
      if (!named || (bullet && named !== 'required' && named !== 'preferred')) continue;
      cuts.push({ at: found.index, bodyAt: found.index + found[0].length, section: named });
    }
    let current = section;
    let from = 0;
    const segments: { start: number; end: number; section: Section }[] = [];
    for (const cut of cuts) {
      if (cut.at > from) segments.push({ start: from, end: cut.at, section: current });
      current = cut.section;
      from = cut.bodyAt;
    }
    segments.push({ start: from, end: content.length, section: current });
    for (const segment of segments) {
      for (const clause of clauseSpans(
        text,
        contentStart + segment.start,
        contentStart + segment.end,
      )) {
        push(clause, segment.section, index);
      }
    }
    const last = cuts.at(-1);
    if (last && !bullet && (CARRIED.has(last.section) || from >= content.length)) {
      section = last.section;
    }
  });

  return {
    title: title
      ? text
          .slice(title.span.start, title.span.end)
          .replace(/[:：]$/, '')
          .trim()
      : '',
    titleSpan: title?.span ?? null,
    clauses,
  };
}
