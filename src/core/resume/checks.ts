import { type BulletCoaching, coachBullet } from './bullet-coach.js';
import { countMentions, priorDomain } from './domain.js';
import {
  BASE_FONT_SIZE,
  CONTENT_HEIGHT,
  CONTENT_WIDTH,
  estimateLines,
  estimatePages,
  FONT_FLOOR,
  LINE_HEIGHT_EM,
} from './layout.js';
import { MAX_PROJECTS, type Resume, resumeBullets, sectionOrder } from './schema.js';

/** One piece of advice about the resume: whether it holds, why, and the items it concerns. */
export interface ResumeCheck {
  id: string;
  pass: boolean;
  message: string;
  /** The bullets, projects or roles the message is about, when there are any. */
  items?: string[];
}

export interface CheckOptions {
  /** The profile's prior-career domain (free text); otherwise read from the experience. */
  domain?: string;
}

/** Words that show the summary names the career change itself. */
const TRANSITION =
  /\b(?:transition\w*|switch\w*|career\s+change\w*|chang\w*\s+(?:careers?|fields?)|former(?:ly)?|previously|prior|ex-\w+|background\s+in|coming\s+from|moving\s+from|moved\s+from|after\s+(?:[\w-]+\s+){0,3}(?:years?|decades?)|years?\s+(?:as|in)\s+|retrain\w*|pivot\w*)\b/i;

const MAX_SUMMARY_LINES = 2;
const quote = (text: string) => `“${text.length > 90 ? `${text.slice(0, 87)}…` : text}”`;

/**
 * Checks a resume against the advice for career switchers: one page, projects before previous
 * experience, projects with evaluation numbers, the switch and the prior domain visible, every
 * bullet coached, a short summary and the links a reviewer clicks.
 */
export function checkResume(resume: Resume, options: CheckOptions = {}): ResumeCheck[] {
  const coached = resumeBullets(resume).map((bullet) => ({
    ...bullet,
    coaching: coachBullet(bullet.text),
  }));
  return [
    onePage(resume),
    projectsFirst(resume),
    projectCount(resume),
    projectResults(resume, coached),
    previousExperience(resume),
    switchInSummary(resume, options),
    domainVisible(resume, options),
    bulletsCoached(coached),
    summaryLength(resume),
    contactLinks(resume),
  ];
}

type Coached = ReturnType<typeof resumeBullets>[number] & { coaching: BulletCoaching };

function onePage(resume: Resume): ResumeCheck {
  const base = estimatePages(resume, BASE_FONT_SIZE);
  const lineHeight = BASE_FONT_SIZE * LINE_HEIGHT_EM;
  if (base.pages === 1) {
    return { id: 'one-page', pass: true, message: 'Fits on one page at the normal type size.' };
  }
  const floor = estimatePages(resume, FONT_FLOOR);
  const over = Math.ceil((base.height - CONTENT_HEIGHT) / lineHeight);
  if (floor.pages === 1) {
    return {
      id: 'one-page',
      pass: true,
      message: `Fits on one page only with smaller type (down to ${FONT_FLOOR} pt in the PDF). Cutting about ${over} lines keeps the normal size.`,
    };
  }
  return {
    id: 'one-page',
    pass: false,
    message: `Runs to about ${floor.pages} pages even at ${FONT_FLOOR} pt. A switcher's resume should fit one page: cut about ${over} lines, starting with bullets that show no result.`,
  };
}

function projectsFirst(resume: Resume): ResumeCheck {
  const order = sectionOrder(resume);
  const pass =
    resume.projects.length > 0 && order.indexOf('projects') < order.indexOf('experience');
  return {
    id: 'projects-first',
    pass,
    message: pass
      ? 'Projects come before your previous experience, so the ML work is read first.'
      : resume.projects.length === 0
        ? 'There is no project section. For a career switcher the projects are the evidence; put one or two at the top.'
        : 'Move the projects above your previous experience: a reviewer should meet your ML work before your old job titles.',
  };
}

function projectCount(resume: Resume): ResumeCheck {
  const count = resume.projects.length;
  const pass = count >= 1 && count <= MAX_PROJECTS;
  return {
    id: 'project-count',
    pass,
    message:
      count === 0
        ? 'Add at least one substantial project, described in technical detail.'
        : pass
          ? `${count} project${count > 1 ? 's' : ''}: one or two described in depth beat many described briefly.`
          : `Keep at most ${MAX_PROJECTS} projects; drop the weakest.`,
  };
}

function projectResults(resume: Resume, coached: Coached[]): ResumeCheck {
  if (resume.projects.length === 0) {
    return {
      id: 'project-results',
      pass: false,
      message: 'No projects yet, so no evaluation numbers either.',
    };
  }
  const withoutNumbers = resume.projects
    .filter(
      (project) =>
        !coached.some(
          (bullet) =>
            bullet.section === 'projects' &&
            bullet.owner === project.name &&
            bullet.coaching.has.includes('metric'),
        ),
    )
    .map((project) => project.name);
  const withoutBaseline = resume.projects
    .filter(
      (project) =>
        !withoutNumbers.includes(project.name) &&
        !coached.some(
          (bullet) =>
            bullet.section === 'projects' &&
            bullet.owner === project.name &&
            bullet.coaching.has.includes('metric') &&
            bullet.coaching.has.includes('baseline'),
        ),
    )
    .map((project) => project.name);
  if (withoutNumbers.length > 0) {
    return {
      id: 'project-results',
      pass: false,
      message:
        'Every project needs its evaluation number: the metric, what it beat, and on what data.',
      items: withoutNumbers,
    };
  }
  return {
    id: 'project-results',
    pass: true,
    message:
      withoutBaseline.length > 0
        ? 'Every project reports a result; say what it beat (a baseline) for the ones listed.'
        : 'Every project reports a result against a baseline.',
    ...(withoutBaseline.length > 0 ? { items: withoutBaseline } : {}),
  };
}

function previousExperience(resume: Resume): ResumeCheck {
  if (resume.experience.length === 0) {
    return {
      id: 'previous-experience',
      pass: false,
      message:
        'Your previous career is missing. Do not hide the switch: list your past roles with one or two bullets each that show results or domain knowledge.',
    };
  }
  const offBalance = resume.experience
    .filter((job) => job.bullets.length === 0 || job.bullets.length > 2)
    .map(
      (job) =>
        `${job.role}, ${job.company}: ${job.bullets.length} bullet${job.bullets.length === 1 ? '' : 's'}`,
    );
  return {
    id: 'previous-experience',
    pass: offBalance.length === 0,
    message:
      offBalance.length === 0
        ? 'Your previous roles are there, each with one or two bullets.'
        : 'Give each previous role one or two transferable bullets: a result with a number, or what you learned about the field.',
    ...(offBalance.length > 0 ? { items: offBalance } : {}),
  };
}

function switchInSummary(resume: Resume, options: CheckOptions): ResumeCheck {
  if (!resume.summary) {
    return {
      id: 'switch-in-summary',
      pass: false,
      message:
        'Add a two-line summary that names where you come from and the ML work you do now, so the switch reads as a deliberate move.',
    };
  }
  const domain = priorDomain(resume, options.domain);
  const names =
    TRANSITION.test(resume.summary) ||
    (domain ? countMentions(resume.summary, domain.words) > 0 : false);
  return {
    id: 'switch-in-summary',
    pass: names,
    message: names
      ? 'The summary names your previous field, so the switch reads as a choice rather than a gap.'
      : 'The summary does not mention your previous career. Name it: it is the expertise you bring, not something to hide.',
  };
}

function domainVisible(resume: Resume, options: CheckOptions): ResumeCheck {
  const domain = priorDomain(resume, options.domain);
  if (!domain) {
    return {
      id: 'domain-visible',
      pass: false,
      message:
        'Could not tell which field you come from. Name it in your experience or profile, and build a project on data from that field.',
    };
  }
  const projectText = resume.projects
    .map((project) =>
      [project.name, project.description ?? '', ...project.bullets, ...project.keywords].join(' '),
    )
    .join(' ');
  const inProjects = countMentions(projectText, domain.words) > 0;
  const inSummary = countMentions(resume.summary ?? '', domain.words) > 0;
  return {
    id: 'domain-visible',
    pass: inProjects || inSummary,
    message: inProjects
      ? `Your ${domain.label} background shows in your projects: that is the differentiator.`
      : inSummary
        ? `Your ${domain.label} background is in the summary; a project on ${domain.label} data would show it even better.`
        : `Nothing in your projects or summary points to ${domain.label}. A project on data from that field is the strongest signal you can send.`,
  };
}

function bulletsCoached(coached: Coached[]): ResumeCheck {
  const count = (verdict: string) =>
    coached.filter((bullet) => bullet.coaching.verdict === verdict);
  const weak = count('weak');
  const items = weak.map(
    (bullet) =>
      `${bullet.section === 'projects' ? 'Project' : 'Role'} ${bullet.owner}, bullet ${bullet.index + 1}: ${quote(bullet.text)} (${bullet.coaching.score}/100)`,
  );
  return {
    id: 'bullets-coached',
    pass: coached.length > 0 && weak.length === 0,
    message:
      coached.length === 0
        ? 'There are no bullets to coach yet.'
        : `${coached.length} bullets: ${count('strong').length} strong, ${count('fair').length} fair, ${weak.length} weak.${weak.length > 0 ? ' Rewrite the weak ones around a measured result.' : ''}`,
    ...(items.length > 0 ? { items } : {}),
  };
}

function summaryLength(resume: Resume): ResumeCheck {
  if (!resume.summary) {
    return { id: 'summary-length', pass: true, message: 'No summary, so nothing to trim.' };
  }
  const lines = estimateLines(resume.summary, BASE_FONT_SIZE, CONTENT_WIDTH);
  return {
    id: 'summary-length',
    pass: lines <= MAX_SUMMARY_LINES,
    message:
      lines <= MAX_SUMMARY_LINES
        ? 'The summary fits in two lines.'
        : `The summary runs to about ${lines} lines; keep it to two: where you come from, what you build now.`,
  };
}

function contactLinks(resume: Resume): ResumeCheck {
  const { basics } = resume;
  const missing = [
    ...(basics.links.github ? [] : ['GitHub']),
    ...(basics.email ? [] : ['email']),
    ...(basics.links.linkedin ? [] : ['LinkedIn']),
  ];
  const pass = Boolean(basics.links.github && basics.email);
  return {
    id: 'contact-links',
    pass,
    message: pass
      ? missing.length === 0
        ? 'Email, GitHub and LinkedIn are all there.'
        : 'Email and GitHub are there; a LinkedIn link helps recruiters too.'
      : 'Add an email address and a GitHub link: reviewers open your code before they call.',
    ...(missing.length > 0 ? { items: missing } : {}),
  };
}
