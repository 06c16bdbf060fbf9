import { z } from 'zod';
import { resolveAlias } from '../../catalog/index.js';
import { analyzeBullet, coachBullet } from './bullet-coach.js';
import { priorDomain } from './domain.js';
import { keywordMatch, resumeText } from './keywords.js';
import { displayUrl } from './layout.js';
import type { Resume, ResumeProject } from './schema.js';
import { catalogTitle, findCatalogTerms, type TermResolver, technologySkill } from './terms.js';

/**
 * A four-paragraph cover letter drafted from the resume and a job analysis: why this role at
 * this company, the strongest project with its numbers, how the previous career carries over,
 * and a short close that asks for a conversation. Every number in it comes from the resume;
 * what only the user can say (why this company) is left as a bracketed prompt to edit.
 */

/** What the letter needs from a saved job analysis. */
export interface CoverLetterJob {
  title: string;
  company: string;
  /** Catalog ids (or names) of the posting's required skills. */
  requiredSkills: string[];
}

/** Editable letter text: the four body paragraphs in order, plus greeting and sign-off. */
export interface CoverLetter {
  greeting: string;
  paragraphs: [string, string, string, string];
  closing: string;
  signature: string;
}

const letterText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
const paragraph = letterText(2000);

/** A letter as the user saves it: the same four paragraphs, each non-empty and of letter length. */
export const CoverLetterSchema = z.strictObject(
  {
    greeting: letterText(200),
    paragraphs: z.tuple([paragraph, paragraph, paragraph, paragraph], {
      error: 'must be four paragraphs',
    }),
    closing: letterText(100),
    signature: letterText(100),
  },
  { error: 'must be an object' },
) satisfies z.ZodType<CoverLetter>;

export interface CoverLetterOptions {
  /** The profile's prior-career domain, when known; otherwise read from the experience. */
  domain?: string;
  resolve?: TermResolver;
}

const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? (text[0]?.toLowerCase() ?? '') + text.slice(1) : text;
const sentence = (text: string) => {
  const trimmed = text.trim().replace(/[;,:\s]+$/, '');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};
const listOf = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A bullet as a first-person sentence: "Built X…" → "I built X…". */
function asSentence(bullet: string): string {
  const analysis = analyzeBullet(bullet);
  const text = analysis.opener === 'strong' ? `I ${lowerFirst(analysis.body)}` : analysis.text;
  return sentence(text);
}

/** The project whose best bullet the coach scores highest (ties: the first listed). */
function strongestProject(resume: Resume): { project: ResumeProject; bullet?: string } | undefined {
  let best: { project: ResumeProject; bullet?: string; score: number } | undefined;
  for (const project of resume.projects) {
    const scored = project.bullets.map((bullet) => ({ bullet, score: coachBullet(bullet).score }));
    const top = scored.reduce<{ bullet?: string; score: number }>(
      (winner, item) => (item.score > winner.score ? item : winner),
      { score: -1 },
    );
    if (!best || top.score > best.score)
      best = { project, score: top.score, ...(top.bullet ? { bullet: top.bullet } : {}) };
  }
  return best;
}

/** Drafts the letter; the caller shows it for editing before anything is sent. */
export function buildCoverLetter(
  resume: Resume,
  job: CoverLetterJob,
  options: CoverLetterOptions = {},
): CoverLetter {
  const resolve = options.resolve ?? resolveAlias;
  const company = job.company.trim();
  const title = job.title.trim();
  const match = keywordMatch(resume, job.requiredSkills, [], resolve);
  // Name each matched skill the way the resume writes it; a skill matched through a tool keeps
  // the posting's name and shows the tool ("Gradient boosting (LightGBM)").
  const written = new Map<string, string>();
  const evidence = new Map<string, string>();
  for (const term of findCatalogTerms(resumeText(resume), resolve)) {
    if (!written.has(term.id)) written.set(term.id, term.text);
    const skill = technologySkill(term.id);
    if (skill && !evidence.has(skill)) evidence.set(skill, term.text);
  }
  const asked = new Map(
    job.requiredSkills.map((skill) => [resolve(skill) ?? skill.trim().toLowerCase(), skill.trim()]),
  );
  const skillName = (id: string) => {
    const askedAs = asked.get(id);
    if (askedAs && askedAs !== id) return askedAs;
    const direct = written.get(id);
    if (direct && /[A-Z]/.test(direct)) return direct;
    const name = lowerFirst(catalogTitle(id).replace(/\s*\([^)]*\)$/, ''));
    const tool = evidence.get(id);
    return tool && !direct && !name.toLowerCase().includes(tool.toLowerCase())
      ? `${name} (${tool})`
      : name;
  };

  const why = [
    `I am applying for the ${title} role at ${company}.`,
    `[Say in a sentence or two what draws you to ${company} in particular: a product you have used, a problem they work on, something they have published.]`,
    match.matched.required.length > 0
      ? `The posting asks for ${listOf(match.matched.required.slice(0, 4).map(skillName))}, and that is the work my projects are built on.`
      : '[Name the requirement of the posting you meet best and where your resume shows it.]',
  ].join(' ');

  const strongest = strongestProject(resume);
  const projectParts: string[] = [];
  if (strongest) {
    const { project, bullet } = strongest;
    projectParts.push(
      project.description
        ? `The project I would point you to first is ${project.name}: ${lowerFirst(sentence(project.description))}`
        : `The project I would point you to first is ${project.name}.`,
    );
    if (bullet) projectParts.push(asSentence(bullet));
    if (!bullet || !coachBullet(bullet).has.includes('metric')) {
      projectParts.push('[Add its headline result and the baseline it beat.]');
    }
    const link = project.repo ?? project.url;
    if (link) projectParts.push(`The code and write-up are at ${displayUrl(link)}.`);
  } else {
    projectParts.push(
      '[Describe your strongest project: the data, the model, the result against a baseline, and where it runs.]',
    );
  }

  const domain = priorDomain(resume, options.domain);
  const job0 = resume.experience[0];
  const careerParts: string[] = [];
  if (job0) {
    careerParts.push(
      `Before moving into machine learning I worked as ${/^[aeiou]/i.test(job0.role) ? 'an' : 'a'} ${job0.role} at ${job0.company}.`,
    );
    const transferable = [...job0.bullets].sort(
      (a, b) => coachBullet(b).score - coachBullet(a).score,
    )[0];
    if (transferable) careerParts.push(asSentence(transferable));
  } else {
    careerParts.push('[Describe your previous career in a sentence.]');
  }
  careerParts.push(
    domain
      ? `My background in ${domain.label} taught me how its data is produced, where it goes wrong and what the people relying on a model need from it. [Say how that helps ${company} in particular.]`
      : `[Name one thing from your previous work that carries over to this role, and how it helps ${company}.]`,
  );

  const closing = strongest
    ? `I would welcome a short call to walk you through ${strongest.project.name} and to hear what the team is working on. Thank you for your time.`
    : 'I would welcome a short call to hear what the team is working on and how I could help. Thank you for your time.';

  return {
    greeting: `Dear ${company} hiring team,`,
    paragraphs: [why, projectParts.join(' '), careerParts.join(' '), closing],
    closing: 'Kind regards,',
    signature: resume.basics.name,
  };
}

/** The letter as plain text, paragraphs separated by blank lines. */
export function coverLetterToText(letter: CoverLetter): string {
  return `${[letter.greeting, ...letter.paragraphs, `${letter.closing}\n${letter.signature}`].join('\n\n')}\n`;
}
