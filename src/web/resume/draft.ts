// Types only: validation stays on the server, which answers issues by field path.
import type { Resume, ResumeInput, SectionId } from '../../core/resume/schema';

/**
 * The editor's model of a resume: every text field a string (empty when unset), every list item
 * with a stable key so reordering keeps focus and React state, and comma-separated lists as text.
 * `toDraft` and `fromDraft` convert to and from the API's document.
 */

export interface BulletDraft {
  key: string;
  text: string;
}

export interface ProjectDraft {
  key: string;
  name: string;
  description: string;
  url: string;
  repo: string;
  bullets: BulletDraft[];
  /** Comma-separated. */
  keywords: string;
}

export interface RoleDraft {
  key: string;
  role: string;
  company: string;
  location: string;
  start: string;
  end: string;
  bullets: BulletDraft[];
}

export interface SkillGroupDraft {
  key: string;
  name: string;
  /** Comma-separated. */
  keywords: string;
}

export interface EducationDraft {
  key: string;
  institution: string;
  studyType: string;
  area: string;
  start: string;
  end: string;
  /** Comma-separated. */
  courses: string;
}

export interface CertificateDraft {
  key: string;
  name: string;
  issuer: string;
  date: string;
  url: string;
}

export interface ResumeDraft {
  basics: {
    name: string;
    headline: string;
    email: string;
    phone: string;
    location: string;
    linkedin: string;
    github: string;
    portfolio: string;
  };
  summary: string;
  projects: ProjectDraft[];
  experience: RoleDraft[];
  skills: SkillGroupDraft[];
  education: EducationDraft[];
  certificates: CertificateDraft[];
  /** Kept as saved; cleared by "put projects first". */
  sectionOrder?: SectionId[];
}

/** The lists of the draft that hold items the editor adds, removes and moves. */
export type ListName = 'projects' | 'experience' | 'skills' | 'education' | 'certificates';

let counter = 0;
/** A key unique within the page's lifetime. */
export const newKey = (prefix = 'item') => `${prefix}-${++counter}`;

const bulletsOf = (texts: string[]): BulletDraft[] =>
  texts.map((text) => ({ key: newKey('bullet'), text }));
const joinList = (items: string[]) => items.join(', ');

export const emptyBullet = (): BulletDraft => ({ key: newKey('bullet'), text: '' });

/** A blank item of each list, ready to be filled in. */
export const emptyItem = {
  projects: (): ProjectDraft => ({
    key: newKey('project'),
    name: '',
    description: '',
    url: '',
    repo: '',
    bullets: [emptyBullet()],
    keywords: '',
  }),
  experience: (): RoleDraft => ({
    key: newKey('role'),
    role: '',
    company: '',
    location: '',
    start: '',
    end: '',
    bullets: [emptyBullet()],
  }),
  skills: (): SkillGroupDraft => ({ key: newKey('skills'), name: '', keywords: '' }),
  education: (): EducationDraft => ({
    key: newKey('education'),
    institution: '',
    studyType: '',
    area: '',
    start: '',
    end: '',
    courses: '',
  }),
  certificates: (): CertificateDraft => ({
    key: newKey('certificate'),
    name: '',
    issuer: '',
    date: '',
    url: '',
  }),
} satisfies { [name in ListName]: () => ResumeDraft[name][number] };

/** The starting point of a new resume: the switcher's shape, one project and one role to fill. */
export function starterDraft(): ResumeDraft {
  return {
    basics: {
      name: '',
      headline: '',
      email: '',
      phone: '',
      location: '',
      linkedin: '',
      github: '',
      portfolio: '',
    },
    summary: '',
    projects: [emptyItem.projects()],
    experience: [emptyItem.experience()],
    skills: [
      { ...emptyItem.skills(), name: 'Modelling' },
      { ...emptyItem.skills(), name: 'Data' },
      { ...emptyItem.skills(), name: 'Shipping' },
    ],
    education: [emptyItem.education()],
    certificates: [],
  };
}

export function toDraft(resume: Resume): ResumeDraft {
  const { basics } = resume;
  return {
    basics: {
      name: basics.name,
      headline: basics.headline ?? '',
      email: basics.email ?? '',
      phone: basics.phone ?? '',
      location: basics.location ?? '',
      linkedin: basics.links.linkedin ?? '',
      github: basics.links.github ?? '',
      portfolio: basics.links.portfolio ?? '',
    },
    summary: resume.summary ?? '',
    projects: resume.projects.map((project) => ({
      key: newKey('project'),
      name: project.name,
      description: project.description ?? '',
      url: project.url ?? '',
      repo: project.repo ?? '',
      bullets: bulletsOf(project.bullets),
      keywords: joinList(project.keywords),
    })),
    experience: resume.experience.map((job) => ({
      key: newKey('role'),
      role: job.role,
      company: job.company,
      location: job.location ?? '',
      start: job.start ?? '',
      end: job.end ?? '',
      bullets: bulletsOf(job.bullets),
    })),
    skills: resume.skills.map((group) => ({
      key: newKey('skills'),
      name: group.name,
      keywords: joinList(group.keywords),
    })),
    education: resume.education.map((school) => ({
      key: newKey('education'),
      institution: school.institution,
      studyType: school.studyType ?? '',
      area: school.area ?? '',
      start: school.start ?? '',
      end: school.end ?? '',
      courses: joinList(school.courses),
    })),
    certificates: resume.certificates.map((certificate) => ({
      key: newKey('certificate'),
      name: certificate.name,
      issuer: certificate.issuer ?? '',
      date: certificate.date ?? '',
      url: certificate.url ?? '',
    })),
    ...(resume.sectionOrder ? { sectionOrder: resume.sectionOrder } : {}),
  };
}

/** Only the fields that hold text: empty optional fields are left out rather than sent blank. */
function present<T extends Record<string, string>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value.trim() !== ''),
  ) as Partial<T>;
}
const splitList = (text: string) =>
  text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
const texts = (bullets: BulletDraft[]) =>
  bullets.map((bullet) => bullet.text).filter((text) => text.trim() !== '');

/**
 * The document PUT /api/resume takes. Required fields are sent even when empty, so the server
 * names them; blank bullets and list entries are dropped as leftovers.
 */
export function fromDraft(draft: ResumeDraft): ResumeInput {
  const { name, linkedin, github, portfolio, ...contact } = draft.basics;
  return {
    basics: { name, ...present(contact), links: present({ linkedin, github, portfolio }) },
    ...present({ summary: draft.summary }),
    projects: draft.projects.map(({ key: _key, name, bullets, keywords, ...rest }) => ({
      name,
      ...present(rest),
      bullets: texts(bullets),
      keywords: splitList(keywords),
    })),
    experience: draft.experience.map(({ key: _key, role, company, bullets, ...rest }) => ({
      company,
      role,
      ...present(rest),
      bullets: texts(bullets),
    })),
    skills: draft.skills.map(({ name, keywords }) => ({ name, keywords: splitList(keywords) })),
    education: draft.education.map(({ key: _key, institution, courses, ...rest }) => ({
      institution,
      ...present(rest),
      courses: splitList(courses),
    })),
    certificates: draft.certificates.map(({ key: _key, name, ...rest }) => ({
      name,
      ...present(rest),
    })),
    ...(draft.sectionOrder ? { sectionOrder: draft.sectionOrder } : {}),
  };
}

/** The list with the item at `from` moved to `to` (clamped); the same list when nothing moves. */
export function move<T>(list: T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

/**
 * The editor field an issue path of the API points at. Blank bullets are not sent, so a bullet's
 * index is mapped back to its place in the draft; list entries written as one comma-separated
 * field (`projects.0.keywords.2`) belong to that field.
 */
export function fieldPath(draft: ResumeDraft, issuePath: string): string {
  const bullet = /^(projects|experience)\.(\d+)\.bullets\.(\d+)(.*)$/.exec(issuePath);
  if (bullet) {
    const [, list, item, sent, rest] = bullet;
    const bullets = draft[list as 'projects' | 'experience'][Number(item)]?.bullets ?? [];
    const kept = bullets.flatMap((entry, index) => (entry.text.trim() ? [index] : []));
    return `${list}.${item}.bullets.${kept[Number(sent)] ?? sent}${rest}`;
  }
  return issuePath.replace(/\.(keywords|courses)\.\d+$/, '.$1');
}

/** The DOM id of the control for a field path: `experience.0.start` → `resume-experience-0-start`. */
export const fieldId = (path: string) => `resume-${path.replace(/\./g, '-')}`;
