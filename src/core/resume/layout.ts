import { type Resume, SECTION_TITLES, type SectionId, sectionOrder } from './schema.js';

/**
 * The one-page template, described once: the blocks a resume prints as, in reading order, and
 * the sizes and gaps between them. The PDF export draws these blocks; the page estimate in the
 * checks measures them with a character-width model, so both agree on what a page holds.
 */

/** US Letter in PDF points (1/72 inch), with margins of about 0.58 inch. */
export const PAGE = { width: 612, height: 792, margin: 42 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const CONTENT_HEIGHT = PAGE.height - 2 * PAGE.margin;

/** Body font sizes tried in turn until the resume fits one page; the last is the floor. */
export const FONT_STEPS = [10.5, 10, 9.5, 9] as const;
export const BASE_FONT_SIZE = FONT_STEPS[0];
export const FONT_FLOOR = FONT_STEPS[FONT_STEPS.length - 1] as number;

/** Helvetica's line height with its built-in gap, in ems ((718 + 207 + 231) / 1000). */
export const LINE_HEIGHT_EM = 1.156;
/**
 * Average advance of a character of English text in Helvetica, in ems, plus a margin for the
 * space lost at word-wrap boundaries. Measured on realistic bullets: 0.47–0.50 em.
 */
export const AVERAGE_CHAR_EM = 0.52;
export const BULLET_INDENT = 11;

/** A piece of text with one style; `link` makes it clickable in the PDF. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

export type Block =
  | { kind: 'name'; text: string }
  | { kind: 'headline'; text: string }
  | { kind: 'contact'; runs: Run[] }
  | { kind: 'summary'; text: string }
  | { kind: 'heading'; text: string; section: SectionId }
  | { kind: 'entry'; runs: Run[]; right?: Run }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'line'; runs: Run[] };

/** Size of each block's text relative to the body size. */
export const SIZE: Record<Block['kind'], number> = {
  name: 2,
  headline: 1.1,
  contact: 0.92,
  summary: 1,
  heading: 1.1,
  entry: 1,
  paragraph: 0.95,
  bullet: 1,
  line: 0.95,
};

/** Space above each block, in ems of the body size (the first block of a section gets `entry`). */
export const SPACE_BEFORE: Record<Block['kind'], number> = {
  name: 0,
  headline: 0.15,
  contact: 0.2,
  summary: 0.6,
  heading: 0.85,
  entry: 0.45,
  paragraph: 0.05,
  bullet: 0.1,
  line: 0.15,
};
/** Gap between a heading and the rule drawn under it, and below the rule, in ems. */
export const HEADING_RULE_GAP = 0.25;

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "2024-03" → "Mar 2024", "2024" → "2024". */
export function formatDate(date: string): string {
  const [year, month] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? date);
}

/** "Mar 2021 – Present", "2019 – 2023", or "" when no dates are known. */
export function formatDateRange(
  start: string | undefined,
  end: string | undefined,
  open: boolean,
): string {
  if (!start && !end) return '';
  if (!start) return formatDate(end as string);
  const last = end ? formatDate(end) : open ? 'Present' : '';
  return last && last !== formatDate(start) ? `${formatDate(start)} – ${last}` : formatDate(start);
}

/** "https://www.github.com/ana/" → "github.com/ana": how a link prints. */
export const displayUrl = (url: string) =>
  url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

/** The resume as printable blocks: header, summary, then the sections in the resume's order. */
export function resumeBlocks(resume: Resume): Block[] {
  const { basics } = resume;
  const blocks: Block[] = [{ kind: 'name', text: basics.name }];
  if (basics.headline) blocks.push({ kind: 'headline', text: basics.headline });
  const contact: Run[] = [];
  if (basics.email) contact.push({ text: basics.email, link: `mailto:${basics.email}` });
  if (basics.phone) contact.push({ text: basics.phone });
  if (basics.location) contact.push({ text: basics.location });
  for (const url of [basics.links.linkedin, basics.links.github, basics.links.portfolio]) {
    if (url) contact.push({ text: displayUrl(url), link: url });
  }
  if (contact.length > 0) {
    blocks.push({
      kind: 'contact',
      runs: contact.flatMap((run, index) => (index === 0 ? [run] : [{ text: '  ·  ' }, run])),
    });
  }
  if (resume.summary) blocks.push({ kind: 'summary', text: resume.summary });
  for (const section of sectionOrder(resume)) {
    const body = sectionBlocks(resume, section);
    if (body.length > 0) {
      blocks.push({ kind: 'heading', text: SECTION_TITLES[section], section }, ...body);
    }
  }
  return blocks;
}

function sectionBlocks(resume: Resume, section: SectionId): Block[] {
  switch (section) {
    case 'projects':
      return resume.projects.flatMap((project): Block[] => {
        const link = project.repo ?? project.url;
        const blocks: Block[] = [
          {
            kind: 'entry',
            runs: [{ text: project.name, bold: true }],
            ...(link ? { right: { text: displayUrl(link), link } } : {}),
          },
        ];
        if (project.description) blocks.push({ kind: 'paragraph', text: project.description });
        blocks.push(...project.bullets.map((text): Block => ({ kind: 'bullet', text })));
        if (project.url && project.repo) {
          blocks.push({
            kind: 'line',
            runs: [
              { text: 'Demo: ', bold: true },
              { text: displayUrl(project.url), link: project.url },
            ],
          });
        }
        if (project.keywords.length > 0) {
          blocks.push({
            kind: 'line',
            runs: [{ text: 'Stack: ', bold: true }, { text: project.keywords.join(', ') }],
          });
        }
        return blocks;
      });
    case 'experience':
      return resume.experience.flatMap((job): Block[] => {
        const dates = formatDateRange(job.start, job.end, true);
        return [
          {
            kind: 'entry',
            runs: [
              { text: job.role, bold: true },
              { text: ` — ${job.company}${job.location ? `, ${job.location}` : ''}` },
            ],
            ...(dates ? { right: { text: dates } } : {}),
          },
          ...job.bullets.map((text): Block => ({ kind: 'bullet', text })),
        ];
      });
    case 'skills':
      return resume.skills
        .filter((group) => group.keywords.length > 0)
        .map((group) => ({
          kind: 'line',
          runs: [{ text: `${group.name}: `, bold: true }, { text: group.keywords.join(', ') }],
        }));
    case 'education':
      return resume.education.flatMap((school): Block[] => {
        const degree = [school.studyType, school.area].filter(Boolean).join(' ');
        const dates = formatDateRange(school.start, school.end, false);
        const blocks: Block[] = [
          {
            kind: 'entry',
            runs: degree
              ? [{ text: degree, bold: true }, { text: ` — ${school.institution}` }]
              : [{ text: school.institution, bold: true }],
            ...(dates ? { right: { text: dates } } : {}),
          },
        ];
        if (school.courses.length > 0) {
          blocks.push({
            kind: 'line',
            runs: [{ text: 'Courses: ', bold: true }, { text: school.courses.join(', ') }],
          });
        }
        return blocks;
      });
    case 'certificates':
      return resume.certificates.map((certificate) => ({
        kind: 'line',
        runs: [
          {
            text: certificate.name,
            bold: true,
            ...(certificate.url ? { link: certificate.url } : {}),
          },
          ...(certificate.issuer ? [{ text: ` — ${certificate.issuer}` }] : []),
          ...(certificate.date ? [{ text: `, ${formatDate(certificate.date)}` }] : []),
        ],
      }));
  }
}

/** The plain text of a block, as it reads on the page. */
export function blockText(block: Block): string {
  if ('text' in block) return block.text;
  return [
    ...block.runs.map((run) => run.text),
    block.kind === 'entry' && block.right ? ` ${block.right.text}` : '',
  ].join('');
}

/** Lines a text of this length takes at a size and width, by the average-character model. */
export function estimateLines(text: string, fontSize: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * AVERAGE_CHAR_EM)));
  return Math.max(1, Math.ceil(text.length / perLine));
}

/** The page model's verdict: estimated height in points and pages at one body size. */
export interface PageEstimate {
  fontSize: number;
  height: number;
  pages: number;
}

/**
 * Estimates how tall the resume prints at a body size: each block's lines (text length over
 * characters per line, from AVERAGE_CHAR_EM) times Helvetica's line height, plus the template's
 * gaps. Pages are that height over the printable height of a Letter page.
 */
export function estimatePages(resume: Resume, fontSize: number = BASE_FONT_SIZE): PageEstimate {
  let height = 0;
  let previous: Block['kind'] | undefined;
  for (const block of resumeBlocks(resume)) {
    const size = fontSize * SIZE[block.kind];
    const before = previous === 'heading' ? 0 : SPACE_BEFORE[block.kind] * fontSize;
    let width = CONTENT_WIDTH;
    if (block.kind === 'bullet') width -= BULLET_INDENT;
    if (block.kind === 'entry' && block.right) {
      width -= block.right.text.length * size * AVERAGE_CHAR_EM + 12;
    }
    const text =
      block.kind === 'entry' ? block.runs.map((run) => run.text).join('') : blockText(block);
    height += before + estimateLines(text, size, width) * size * LINE_HEIGHT_EM;
    if (block.kind === 'heading') height += 2 * HEADING_RULE_GAP * fontSize;
    previous = block.kind;
  }
  return { fontSize, height, pages: Math.max(1, Math.ceil(height / CONTENT_HEIGHT)) };
}
