import { z } from 'zod';
import { describeIssues, type ParseResult } from '../profile.js';
import { MAX_PROJECTS, type Resume, ResumeSchema, SECTION_IDS } from './schema.js';

/**
 * Export to and import from JSON Resume (jsonresume.org, schema v1). Everything our resume holds
 * has a place there: the repository link of a project goes in `repository`, an extra field the
 * schema allows, and a custom section order in `meta.mlpath`.
 */

export const JSON_RESUME_SCHEMA_URL =
  'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

type Json = Record<string, unknown>;

/** Drops undefined fields so the document holds only what the resume has. */
const compact = <T extends Json>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

const usernameOf = (url: string) =>
  url.replace(/\/+$/, '').split('/').pop()?.replace(/^@/, '') || undefined;

/** The resume as a JSON Resume document. */
export function toJsonResume(resume: Resume): Json {
  const { basics } = resume;
  const profiles: Json[] = [];
  if (basics.links.linkedin) {
    const url = basics.links.linkedin;
    profiles.push(compact({ network: 'LinkedIn', username: usernameOf(url), url }));
  }
  if (basics.links.github) {
    const url = basics.links.github;
    profiles.push(compact({ network: 'GitHub', username: usernameOf(url), url }));
  }
  return compact({
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: compact({
      name: basics.name,
      label: basics.headline,
      email: basics.email,
      phone: basics.phone,
      url: basics.links.portfolio,
      summary: resume.summary,
      location: basics.location ? { city: basics.location } : undefined,
      profiles,
    }),
    work: resume.experience.map((job) =>
      compact({
        name: job.company,
        position: job.role,
        location: job.location,
        startDate: job.start,
        endDate: job.end,
        highlights: job.bullets,
      }),
    ),
    projects: resume.projects.map((project) =>
      compact({
        name: project.name,
        description: project.description,
        url: project.url,
        repository: project.repo,
        highlights: project.bullets,
        keywords: project.keywords,
      }),
    ),
    skills: resume.skills.map((group) => ({ name: group.name, keywords: group.keywords })),
    education: resume.education.map((school) =>
      compact({
        institution: school.institution,
        area: school.area,
        studyType: school.studyType,
        startDate: school.start,
        endDate: school.end,
        courses: school.courses,
      }),
    ),
    certificates: resume.certificates.map((certificate) =>
      compact({
        name: certificate.name,
        issuer: certificate.issuer,
        date: certificate.date,
        url: certificate.url,
      }),
    ),
    meta: resume.sectionOrder ? { mlpath: { sectionOrder: resume.sectionOrder } } : undefined,
  });
}

const text = z.string({ error: 'must be text' });
const texts = z.array(text, { error: 'must be a list of text' });
const entries = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: 'must be a list' }).optional();

/** The parts of JSON Resume we read; every other field is allowed and left alone. */
const JsonResumeInputSchema = z.looseObject(
  {
    basics: z.looseObject(
      {
        name: text,
        label: text.optional(),
        email: text.optional(),
        phone: text.optional(),
        url: text.optional(),
        summary: text.optional(),
        location: z
          .looseObject(
            {
              address: text.optional(),
              city: text.optional(),
              region: text.optional(),
              countryCode: text.optional(),
            },
            { error: 'must be an object' },
          )
          .optional(),
        profiles: entries(
          z.looseObject(
            { network: text.optional(), url: text.optional() },
            { error: 'must be an object' },
          ),
        ),
      },
      { error: 'must be an object with at least a name' },
    ),
    work: entries(
      z.looseObject(
        {
          name: text.optional(),
          position: text.optional(),
          location: text.optional(),
          startDate: text.optional(),
          endDate: text.optional(),
          summary: text.optional(),
          highlights: texts.optional(),
        },
        { error: 'must be an object' },
      ),
    ),
    projects: entries(
      z.looseObject(
        {
          name: text,
          description: text.optional(),
          url: text.optional(),
          repository: text.optional(),
          highlights: texts.optional(),
          keywords: texts.optional(),
        },
        { error: 'must be an object with a name' },
      ),
    ),
    skills: entries(
      z.looseObject(
        { name: text, keywords: texts.optional() },
        { error: 'must be an object with a name' },
      ),
    ),
    education: entries(
      z.looseObject(
        {
          institution: text,
          area: text.optional(),
          studyType: text.optional(),
          startDate: text.optional(),
          endDate: text.optional(),
          courses: texts.optional(),
        },
        { error: 'must be an object with an institution' },
      ),
    ),
    certificates: entries(
      z.looseObject(
        {
          name: text,
          issuer: text.optional(),
          date: text.optional(),
          url: text.optional(),
        },
        { error: 'must be an object with a name' },
      ),
    ),
    meta: z
      .looseObject({
        mlpath: z.looseObject({ sectionOrder: z.array(z.enum(SECTION_IDS)).optional() }).optional(),
      })
      .optional(),
  },
  { error: 'must be a JSON Resume object' },
);

/** Sections of JSON Resume that have no place in our one-page resume. */
const UNCARRIED = ['volunteer', 'awards', 'publications', 'languages', 'interests', 'references'];

export type JsonResumeImport = ParseResult<Resume> & { ignored?: string[] };

const nonEmpty = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * Reads a JSON Resume document. Bad input gives issues named by JSON Resume paths
 * (`work.0.startDate: …`); content with no place here (volunteering, a fourth project, other
 * social profiles) is listed in `ignored` rather than failing the import.
 */
export function fromJsonResume(input: unknown): JsonResumeImport {
  const parsed = JsonResumeInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: describeIssues(parsed.error, 'jsonResume') };
  const json = parsed.data;
  const ignored: string[] = [];
  for (const key of UNCARRIED) {
    const value = (json as Json)[key];
    if (Array.isArray(value) && value.length > 0) ignored.push(key);
  }
  const profiles = json.basics.profiles ?? [];
  const profileUrl = (network: string) =>
    (
      profiles.find((profile) => profile.network?.trim().toLowerCase() === network) ??
      profiles.find((profile) => (profile.url ?? '').toLowerCase().includes(`${network}.com`))
    )?.url;
  for (const [index, profile] of profiles.entries()) {
    const network = (profile.network ?? '').toLowerCase();
    const url = (profile.url ?? '').toLowerCase();
    if (!/linkedin|github/.test(network) && !/linkedin\.com|github\.com/.test(url)) {
      ignored.push(`basics.profiles.${index}${profile.network ? ` (${profile.network})` : ''}`);
    }
  }
  const projects = json.projects ?? [];
  for (const [index, project] of projects.entries()) {
    if (index >= MAX_PROJECTS) ignored.push(`projects.${index} (${project.name})`);
  }
  const location = json.basics.location;
  const place = location
    ? [location.city, location.region, location.countryCode]
        .map(nonEmpty)
        .filter(Boolean)
        .join(', ') || nonEmpty(location.address)
    : undefined;

  const candidate = {
    basics: compact({
      name: json.basics.name,
      headline: nonEmpty(json.basics.label),
      email: nonEmpty(json.basics.email),
      phone: nonEmpty(json.basics.phone),
      location: place,
      links: compact({
        linkedin: nonEmpty(profileUrl('linkedin')),
        github: nonEmpty(profileUrl('github')),
        portfolio: nonEmpty(json.basics.url),
      }),
    }),
    summary: nonEmpty(json.basics.summary),
    projects: projects.slice(0, MAX_PROJECTS).map((project) =>
      compact({
        name: project.name,
        description: nonEmpty(project.description),
        url: nonEmpty(project.url),
        repo: nonEmpty(project.repository),
        bullets: project.highlights ?? [],
        keywords: project.keywords ?? [],
      }),
    ),
    experience: (json.work ?? []).map((job) =>
      compact({
        company: job.name ?? '',
        role: job.position ?? '',
        start: nonEmpty(job.startDate),
        end: nonEmpty(job.endDate),
        location: nonEmpty(job.location),
        bullets: job.highlights?.length ? job.highlights : job.summary?.trim() ? [job.summary] : [],
      }),
    ),
    skills: (json.skills ?? []).map((group) => ({
      name: group.name,
      keywords: group.keywords ?? [],
    })),
    education: (json.education ?? []).map((school) =>
      compact({
        institution: school.institution,
        area: nonEmpty(school.area),
        studyType: nonEmpty(school.studyType),
        start: nonEmpty(school.startDate),
        end: nonEmpty(school.endDate),
        courses: school.courses ?? [],
      }),
    ),
    certificates: (json.certificates ?? []).map((certificate) =>
      compact({
        name: certificate.name,
        issuer: nonEmpty(certificate.issuer),
        date: nonEmpty(certificate.date),
        url: nonEmpty(certificate.url),
      }),
    ),
    sectionOrder: json.meta?.mlpath?.sectionOrder,
  };
  const result = ResumeSchema.safeParse(compact(candidate));
  if (!result.success) {
    return {
      ok: false,
      issues: describeIssues(result.error, 'resume').map((issue) => ({
        ...issue,
        path: jsonResumePath(issue.path),
      })),
    };
  }
  return { ok: true, value: result.data, ignored };
}

const FIELD_NAMES: Record<string, string> = {
  company: 'name',
  role: 'position',
  start: 'startDate',
  end: 'endDate',
  bullets: 'highlights',
  repo: 'repository',
  headline: 'label',
};

/** `resume.experience.0.start` → `work.0.startDate`: issues speak the format the user gave. */
function jsonResumePath(path: string): string {
  const parts = path.split('.').slice(1);
  const [section, ...rest] = parts;
  if (section === 'summary') return 'basics.summary';
  if (section === 'sectionOrder') return 'meta.mlpath.sectionOrder';
  if (section === 'basics' && rest[0] === 'links') {
    return rest[1] === 'portfolio' ? 'basics.url' : 'basics.profiles';
  }
  const renamed = section === 'experience' ? 'work' : section;
  const fields = rest.map((part) =>
    section === 'education' || section === 'certificates'
      ? part === 'start'
        ? 'startDate'
        : part === 'end'
          ? 'endDate'
          : part
      : (FIELD_NAMES[part] ?? part),
  );
  return [renamed, ...fields].join('.');
}
