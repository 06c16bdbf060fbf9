import type { Clause } from './sections.js';

/**
 * Reading a clause the way a careful candidate does before trusting a flag: is this statement
 * denied ("no on-call", "we don't have a training budget"), is a piece of infrastructure already
 * there or something you are asked to build ("our feature store" against "set up a feature
 * store"), is the clause a duty of the person hired or something another team does, and is it
 * something offered to you rather than asked of you. Flag rules combine these with the words of
 * their topic, so the same distinction holds whatever the topic's vocabulary.
 */

/** Where a stretch of a clause ends: punctuation, or a word that starts a new statement. */
const STRETCH_END =
  /[.;:!?()[\]—–]|,\s*(?:but|so|while|whereas|although|though)\b|\s(?:but|while|whereas)\s/gi;

/** Words that deny what follows them in the same stretch. */
const DENIAL =
  /(?<![\w'-])(?:no|not|never|without|none|nor|don't|do not|doesn't|does not|didn't|isn't|is not|aren't|are not|won't|will not|wouldn't|can't|cannot|lacks?|lacking|yet to|zero)(?![\w'-])/i;
/** A denial right after the words: "on-call is not part of the role", "… isn't in place yet". */
const DENIAL_AFTER =
  /^[\s,]*(?:(?:is|are|will be|would be|was|were)\s+)?(?:not|n't|never)\b|^[\s,]*(?:isn't|aren't|won't|doesn't|don't)\b/i;

/** The start of the stretch holding `index` in `text`. */
function stretchStart(text: string, index: number): number {
  let start = 0;
  for (const found of text.matchAll(STRETCH_END)) {
    if (found.index + found[0].length > index) break;
    start = found.index + found[0].length;
  }
  return start;
}

const STRETCH_END_STICKY = new RegExp(STRETCH_END.source, 'gi');

/** The end of the stretch holding `index` in `text`. */
function stretchEnd(text: string, index: number): number {
  STRETCH_END_STICKY.lastIndex = index;
  const found = STRETCH_END_STICKY.exec(text);
  return found ? found.index : text.length;
}

const globals = new Map<RegExp, RegExp>();
/** The same pattern with the global flag, compiled once. */
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}

/** At most `words` words of `text` that end at `index`, inside its stretch. */
function wordsBefore(text: string, index: number, words: number): string {
  const stretch = text.slice(stretchStart(text, index), index);
  return stretch
    .split(/\s+/)
    .slice(-words - 1)
    .join(' ');
}

/**
 * Whether the words at `text[start, end)` are denied: a denial up to six words before them in
 * the same stretch ("there is no on-call rotation", "we don't have a training budget") or right
 * after them ("on-call is not part of this role"). "no-show" is not a denial.
 */
export function isDenied(text: string, start: number, end: number): boolean {
  if (DENIAL.test(wordsBefore(text, start, 6))) return true;
  const after = text.slice(end, stretchEnd(text, end));
  return DENIAL_AFTER.test(after);
}

/** The first match of `pattern` in `text` that is not denied, or null. */
export function firstAffirmed(text: string, pattern: RegExp): RegExpExecArray | null {
  const first = pattern.global ? null : pattern.exec(text);
  if (!pattern.global && (!first || !isDenied(text, first.index, first.index + first[0].length))) {
    return first;
  }
  const global = globalOf(pattern);
  global.lastIndex = 0;
  for (const found of text.matchAll(global)) {
    if (!isDenied(text, found.index, found.index + found[0].length)) {
      return Object.assign([...found], { index: found.index, input: text }) as RegExpExecArray;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Exists, or to be built

/** Verbs that bring something into being: their object does not exist yet. */
const BUILD_VERB =
  /\b(?:build(?:s|ing)?(?: out| up)?|set(?:s|ting)? up|stand(?:s|ing)? up|stood up|establish(?:es|ing)?|introduc(?:e|es|ing)|creat(?:e|es|ing)|implement(?:s|ing)?|put(?:s|ting)? in place|roll(?:s|ing)? out|bring(?:s|ing)? in|choos(?:e|es|ing)|select(?:s|ing)?|pick(?:s|ing)?|design(?:s|ing)?|bootstrap(?:s|ping)?|lay(?:s|ing)? (?:down|the foundations? (?:of|for))|start(?:s|ing)?|spin(?:s|ning)? up)\b/gi;
/** Words after a thing that say it is still to come: "… from scratch", "… yet to be built". */
const STILL_TO_COME =
  /^[\s,]*(?:(?:\w+\s+){0,3}from (?:scratch|the ground up|zero)\b|(?:is|are) (?:still )?(?:to be|yet to be|being) (?:built|set up|created|chosen|introduced)|(?:is|are) (?:still )?(?:missing|planned|on (?:the|our) roadmap))/i;
/** Words that link a verb to another object: "build models ON our feature store". */
const OTHER_OBJECT =
  /\b(?:on|onto|with|using|in|into|inside|within|via|through|by|against|across|atop|upon|at|to|from|that|which|who|whose|where|when|around|alongside|behind)\b/i;
/** Words saying the thing is already there, wherever the clause stands. */
export const IN_PLACE =
  /\b(?:our|we have|we(?:'ve| have) (?:got|built)|we use|we run|we're running|already|in place|existing|today we|you(?:'ll| will) use|you(?:'ll| will) work with|built on|runs?|maintain(?:s|ed)? by|run by|operated by|managed by|owned by|provided by)\b/i;

/** What the posting says about a piece of infrastructure or a team it names. */
export type Presence = 'exists' | 'to-build' | 'absent' | 'asked';

/**
 * Whether the thing named at `clause.text[start, end)` exists: 'absent' when denied ("no
 * warehouse", "we don't have a model registry"), 'to-build' when a building verb governs it ("set
 * up experiment tracking and a model registry", "build our data platform from scratch") or the
 * words after it say it is still to come, 'asked' when it sits in a requirement list with nothing
 * saying the team has it ("experience with MLflow"), else 'exists' ("our feature store", "you
 * will use the ML platform", "the cluster is maintained by a dedicated team").
 *
 * `previous` is the presence of the thing named just before in the same clause, when only a
 * preposition separates them: "set up a model registry with MLflow" builds both.
 */
export function presenceOf(
  clause: Clause,
  start: number,
  end: number,
  previous?: { presence: Presence; end: number },
): Presence {
  const { text } = clause;
  if (isDenied(text, start, end)) return 'absent';
  if (STILL_TO_COME.test(text.slice(end, stretchEnd(text, end)))) return 'to-build';
  const from = stretchStart(text, start);
  let verb: RegExpExecArray | null = null;
  BUILD_VERB.lastIndex = from;
  for (
    let found = BUILD_VERB.exec(text);
    found && found.index < start;
    found = BUILD_VERB.exec(text)
  ) {
    verb = found;
  }
  if (verb) {
    const gap = text.slice(verb.index + verb[0].length, start);
    if (gap.trim().split(/\s+/).length <= 8 && !OTHER_OBJECT.test(gap)) return 'to-build';
  }
  if (
    previous &&
    previous.presence === 'to-build' &&
    previous.end <= start &&
    /^[\s,]*(?:with|using|on|in|based on|via)\s+(?:(?:a|an|the)\s+)?$/i.test(
      text.slice(previous.end, start),
    )
  ) {
    return 'to-build';
  }
  if (/\bfirst\b/i.test(wordsBefore(text, start, 2))) return 'to-build';
  if (clause.section === 'required' || clause.section === 'preferred') {
    return IN_PLACE.test(text) ? 'exists' : 'asked';
  }
  return 'exists';
}

/** Every match of `pattern` in the clause with its presence, in text order. */
export function presences(
  clause: Clause,
  pattern: RegExp,
): { presence: Presence; index: number; end: number }[] {
  const found: { presence: Presence; index: number; end: number }[] = [];
  const global = globalOf(pattern);
  global.lastIndex = 0;
  const any = global.test(clause.text);
  // matchAll starts where the last search stopped.
  global.lastIndex = 0;
  if (!any) return found;
  for (const match of clause.text.matchAll(global)) {
    const end = match.index + match[0].length;
    const presence = presenceOf(clause, match.index, end, found.at(-1));
    found.push({ presence, index: match.index, end });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Whose duty, and offered or asked

/** A sentence that speaks to the person hired: "you will…", "we need an engineer to…". */
const HIRE_SUBJECT =
  /\b(?:you(?:'ll| will| would|'d| are going to)?|your (?:job|role|work|mission|day|first)|(?:need|needs|want|wants|looking for|hiring|seeking|hire) (?:an?|our next|its next|our first|the|someone|somebody|a person)\b[^.;]{0,40}?\b(?:to|who will|who can)\b|(?:the|this) (?:role|position|hire)\b[^.;]{0,20}\b(?:will|is to|includes))\b/i;
/** A clause whose subject is another team or person: "the platform team runs…", "Our ML platform group deploys…". */
const OTHER_SUBJECT =
  /^(?:[^\s]+\s+){0,1}(?:the|our|their|a|an|its)\s+(?:[\w&/-]+\s+){0,4}(?:teams?|groups?|org(?:ani[sz]ation)?s?|departments?|squads?|engineers|scientists|colleagues|analysts|people|staff)\b(?![^.;]{0,40}\byou\b)/i;

/**
 * Whether a clause describes what the person hired does: a line under a duties heading (whose
 * subject is not another team) or a sentence anywhere that says "you will…" or "we need an
 * engineer to…".
 */
export function isDuty(clause: Clause): boolean {
  if (clause.heading || clause.section === 'apply') return false;
  const text = clause.text.replace(/^[\s\-*•·–—▪◦●○■□➤►▶✓✔→>+\d.)]+/, '');
  if (OTHER_SUBJECT.test(text)) return false;
  if (HIRE_SUBJECT.test(text)) return true;
  return (
    clause.section === 'responsibilities' ||
    (clause.section === 'intro' && clause.role === 'required')
  );
}

/** Words of a requirement: what the candidate must bring. */
const ASK_CUE =
  /\b(?:experience[sd]?|knowledge|understanding|familiar\w*|proficien\w*|ability|able to|skills?|degree|background|comfort(?:able)?|fluen\w*|expertise|track record|years|must|required|a plus|nice to have|ideally)\b/i;
/** Words of an offer: what the employer gives. */
const OFFER_CUE =
  /\b(?:we offer|we give|we provide|we pay|we cover|we sponsor|we fund|you(?:'ll| will) (?:get|have|receive|be given)|you get|you receive|on offer|includes?|comes with|benefits?|perks?)\b/i;

/**
 * Whether the part of a clause around `index` (its sentence, when a flattened posting glued
 * several together) is something the candidate must bring rather than something on offer: it
 * sits in a requirement list and reads as one. The section alone is not enough, since a benefits
 * sentence at the end of an unheaded list often lands under "Nice to have".
 */
export function isAsked(clause: Clause, index = 0): boolean {
  if (clause.section !== 'required' && clause.section !== 'preferred') return false;
  const { text } = clause;
  const cut = /[.;!?]\s|#{1,6}\s|\s[•·]\s/g;
  let from = 0;
  let to = text.length;
  for (const found of text.matchAll(cut)) {
    if (found.index < index) from = found.index + found[0].length;
    else {
      to = found.index;
      break;
    }
  }
  const part = text.slice(from, to);
  return ASK_CUE.test(part) && !OFFER_CUE.test(part);
}
