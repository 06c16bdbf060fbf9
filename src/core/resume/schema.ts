import { z } from 'zod';
import { describeIssues, type ParseResult } from '../profile.js';

/**
 * The resume document mlpath stores, edits and exports. It follows the order the 2026 guidance
 * gives career switchers: header, an optional two-line summary, projects first, then previous
 * experience, skills and education. Advice about content (bullet quality, length, the switch
 * being visible) lives in `checks.ts`; this schema only guards the structure.
 */

/** Sections after the header and summary, in the order a switcher's resume uses by default. */
export const SECTION_IDS = [
  'projects',
  'experience',
  'skills',
  'education',
  'certificates',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export const DEFAULT_SECTION_ORDER: SectionId[] = [...SECTION_IDS];

/** Section headings as printed in every export. */
export const SECTION_TITLES: Record<SectionId, string> = {
  projects: 'Projects',
  experience: 'Experience',
  skills: 'Skills',
  education: 'Education',
  certificates: 'Certificates',
};

export const MAX_PROJECTS = 3;

/** YYYY, YYYY-MM or YYYY-MM-DD: the partial dates JSON Resume uses. */
export const PARTIAL_DATE = /^[12]\d{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
const optionalText = (max: number) => text(max).optional();
const url = z.url({
  protocol: /^https?$/,
  error: 'must be a full http(s) URL, such as https://github.com/you',
});
const partialDate = z
  .string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(PARTIAL_DATE, { error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD' });
const bullets = z.array(text(400), { error: 'must be a list of bullets' }).max(8, {
  error: 'must have at most 8 bullets',
});
const keywords = z.array(text(60), { error: 'must be a list of words' }).max(30);

export const LinksSchema = z.strictObject({
  linkedin: url.optional(),
  github: url.optional(),
  portfolio: url.optional(),
});

export const BasicsSchema = z.strictObject({
  name: text(100),
  /** One line under the name, e.g. "Applied ML engineer · former ICU nurse". */
  headline: optionalText(120),
  email: z.email({ error: 'must be an email address' }).optional(),
  phone: optionalText(40),
  /** Free text such as "Leeds, UK" or "Remote (CET)". */
  location: optionalText(100),
  links: LinksSchema.default({}),
});

export const ProjectSchema = z.strictObject({
  name: text(100),
  /** One sentence: the problem and who it is for. */
  description: optionalText(300),
  /** A live demo or write-up. */
  url: url.optional(),
  /** The source repository. */
  repo: url.optional(),
  bullets: bullets.default([]),
  keywords: keywords.default([]),
});

export const ExperienceSchema = z
  .strictObject({
    company: text(100),
    role: text(100),
    start: partialDate.optional(),
    /** Absent while the role is current. */
    end: partialDate.optional(),
    location: optionalText(100),
    /** One or two transferable bullets per role (see checks). */
    bullets: bullets.default([]),
  })
  .refine((job) => !job.start || !job.end || job.start <= job.end, {
    error: 'end must not be before start',
    path: ['end'],
  });

export const SkillGroupSchema = z.strictObject({
  /** e.g. "Modelling", "Data", "Deployment". */
  name: text(60),
  keywords: keywords.default([]),
});

export const EducationSchema = z.strictObject({
  institution: text(120),
  /** The field, e.g. "Nursing". */
  area: optionalText(100),
  /** The degree, e.g. "BSc". */
  studyType: optionalText(60),
  start: partialDate.optional(),
  end: partialDate.optional(),
  courses: z.array(text(100)).max(12).default([]),
});

export const CertificateSchema = z.strictObject({
  name: text(120),
  issuer: optionalText(100),
  date: partialDate.optional(),
  url: url.optional(),
});

export const ResumeSchema = z.strictObject(
  {
    basics: BasicsSchema,
    /** At most two lines; says where you come from and where you are going. */
    summary: optionalText(600),
    projects: z
      .array(ProjectSchema)
      .max(MAX_PROJECTS, {
        error: `must have at most ${MAX_PROJECTS} projects: keep the strongest`,
      })
      .default([]),
    experience: z.array(ExperienceSchema).max(10).default([]),
    skills: z.array(SkillGroupSchema).max(10).default([]),
    education: z.array(EducationSchema).max(6).default([]),
    certificates: z.array(CertificateSchema).max(10).default([]),
    /** Overrides the default section order; every section appears at most once. */
    sectionOrder: z
      .array(z.enum(SECTION_IDS))
      .refine((order) => new Set(order).size === order.length, {
        error: 'must not list a section twice',
      })
      .optional(),
  },
  { error: 'must be an object' },
);

export type Resume = z.output<typeof ResumeSchema>;
export type ResumeInput = z.input<typeof ResumeSchema>;
export type ResumeProject = z.output<typeof ProjectSchema>;
export type ResumeExperience = z.output<typeof ExperienceSchema>;

/** The sections in print order: the resume's own order, then any it leaves out. */
export function sectionOrder(resume: Pick<Resume, 'sectionOrder'>): SectionId[] {
  const chosen = resume.sectionOrder ?? [];
  return [...chosen, ...DEFAULT_SECTION_ORDER.filter((id) => !chosen.includes(id))];
}

/** Every bullet with where it sits, in print order, for coaching and checks. */
export function resumeBullets(
  resume: Resume,
): { section: 'projects' | 'experience'; owner: string; index: number; text: string }[] {
  return [
    ...resume.projects.flatMap((project) =>
      project.bullets.map((text, index) => ({
        section: 'projects' as const,
        owner: project.name,
        index,
        text,
      })),
    ),
    ...resume.experience.flatMap((job) =>
      job.bullets.map((text, index) => ({
        section: 'experience' as const,
        owner: `${job.role}, ${job.company}`,
        index,
        text,
      })),
    ),
  ];
}

/** Validates untrusted input as a resume; issues name the field path under `resume`. */
export function parseResume(input: unknown): ParseResult<Resume> {
  const result = ResumeSchema.safeParse(input);
  if (!result.success) return { ok: false, issues: describeIssues(result.error, 'resume') };
  return { ok: true, value: result.data };
}
