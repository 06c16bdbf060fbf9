import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { coachBullet } from '../../../core/resume/bullet-coach.js';
import { checkResume } from '../../../core/resume/checks.js';
import { buildCoverLetter, coverLetterToText } from '../../../core/resume/cover-letter.js';
import { fromJsonResume, toJsonResume } from '../../../core/resume/json-resume.js';
import { keywordMatch } from '../../../core/resume/keywords.js';
import { toMarkdown } from '../../../core/resume/markdown.js';
import { coverLetterToPdf, toPdf } from '../../../core/resume/pdf.js';
import { resumeBullets } from '../../../core/resume/schema.js';
import { getJobAnalysis } from '../../../db/jobs.js';
import { getProfile } from '../../../db/profiles.js';
import {
  createResume,
  getResume,
  type ResumeRecord,
  saveCoverLetter,
  saveResume,
} from '../../../db/resume.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError, notFound } from '../../errors.js';
import { isUuid } from '../../params.js';
import { signedInUser } from '../../session.js';
import {
  ChecksSchema,
  CoverLetterSchema,
  DraftBodySchema,
  ImportQuerySchema,
  ImportResultSchema,
  MatchParamsSchema,
  MatchSchema,
  ResumeSchema,
} from './schema.js';

/** "Dana O'Kafor" → "dana-o-kafor": a file name that needs no quoting in any header. */
const fileStem = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'my';

/** Sends an export as a download named after the person. */
const download = (reply: FastifyReply, type: string, filename: string, body: string | Buffer) =>
  reply.type(type).header('content-disposition', `attachment; filename="${filename}"`).send(body);

const NO_RESUME = 'resume (save one first)';

/**
 * The resume, its checks, keyword match, exports and import, and the cover letter. There is one
 * resume per user; `GET /api/resume` answers 404 until one is saved (PUT or import), so the
 * editor starts from its own empty template rather than a server-invented one.
 */
export const resumeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;

  const load = async (userId: string): Promise<ResumeRecord> => {
    const record = await getResume(db, userId);
    if (!record) throw notFound(NO_RESUME);
    return record;
  };
  const findAnalysis = async (userId: string, id: string) => {
    const record = isUuid(id) ? await getJobAnalysis(db, userId, id) : null;
    if (!record) throw notFound('job analysis');
    return record;
  };
  const domainOf = async (userId: string) => (await getProfile(db, userId))?.domain;

  app.get(
    '/resume',
    {
      schema: {
        tags: ['resume'],
        description: 'The saved resume; 404 before one is saved (PUT /api/resume or the import).',
        response: { 200: ResumeSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => (await load(signedInUser(request).id)).resume,
  );

  app.put(
    '/resume',
    {
      schema: {
        tags: ['resume'],
        description:
          'Saves the whole resume: header, optional summary, projects, experience, skills, education, certificates and the section order. Answers the normalized document.',
        body: ResumeSchema,
        response: { 200: ResumeSchema, 400: ErrorBodySchema },
      },
    },
    async (request) => saveResume(db, signedInUser(request).id, request.body),
  );

  app.get(
    '/resume/checks',
    {
      schema: {
        tags: ['resume'],
        description:
          "The switcher checks (one page, projects first, evaluation numbers, the switch and the prior domain visible…) and every bullet's coaching, in print order.",
        response: { 200: ChecksSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const { resume } = await load(userId);
      const domain = await domainOf(userId);
      return {
        checks: checkResume(resume, domain ? { domain } : {}),
        bullets: resumeBullets(resume).map((bullet) => ({
          ...bullet,
          coaching: coachBullet(bullet.text),
        })),
      };
    },
  );

  app.get(
    '/resume/match/:analysisId',
    {
      schema: {
        tags: ['resume'],
        description:
          "How well the resume's words cover a saved job analysis' required and preferred skills (catalog ids).",
        params: MatchParamsSchema,
        response: { 200: MatchSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const record = await findAnalysis(userId, request.params.analysisId);
      const { resume } = await load(userId);
      const { skills } = record.analysis;
      return {
        analysisId: record.id,
        title: record.analysis.title,
        ...(record.company ? { company: record.company } : {}),
        ...keywordMatch(resume, skills.required, skills.preferred),
      };
    },
  );

  app.get(
    '/resume.json',
    {
      schema: {
        tags: ['resume'],
        description: 'The resume as a JSON Resume (jsonresume.org) document, as a download.',
        response: { 200: z.string().describe('application/json'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { resume } = await load(signedInUser(request).id);
      return download(
        reply,
        'application/json; charset=utf-8',
        `${fileStem(resume.basics.name)}-resume.json`,
        `${JSON.stringify(toJsonResume(resume), null, 2)}\n`,
      );
    },
  );

  app.get(
    '/resume.md',
    {
      schema: {
        tags: ['resume'],
        description: 'The resume as Markdown, every piece of user text escaped.',
        response: { 200: z.string().describe('text/markdown'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { resume } = await load(signedInUser(request).id);
      return download(
        reply,
        'text/markdown; charset=utf-8',
        `${fileStem(resume.basics.name)}-resume.md`,
        toMarkdown(resume),
      );
    },
  );

  app.get(
    '/resume.pdf',
    {
      schema: {
        tags: ['resume'],
        description:
          'The resume as a PDF with real text, at the largest type size that fits one page. X-Page-Count gives its pages (more than 1: it overflowed even at the smallest size); X-Font-Size the body size used.',
        response: { 200: z.string().describe('application/pdf'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { resume } = await load(signedInUser(request).id);
      const pdf = await toPdf(resume);
      reply.header('x-page-count', String(pdf.pages)).header('x-font-size', String(pdf.fontSize));
      return download(
        reply,
        'application/pdf',
        `${fileStem(resume.basics.name)}-resume.pdf`,
        Buffer.from(pdf.bytes),
      );
    },
  );

  app.post(
    '/resume/import',
    {
      schema: {
        tags: ['resume'],
        description:
          'Reads a JSON Resume document into the resume. Issues name JSON Resume paths (work.0.startDate). Refuses (409) when a resume is saved, unless replace=true; the cover letter is kept.',
        querystring: ImportQuerySchema,
        // The document is validated by the JSON Resume reader, so its issues speak that format.
        body: z.unknown(),
        response: {
          200: ImportResultSchema,
          400: ErrorBodySchema,
          409: ErrorBodySchema,
          413: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const imported = fromJsonResume(request.body);
      if (!imported.ok) throw new HttpError(400, 'the JSON Resume is invalid', imported.issues);
      if (request.query.replace) await saveResume(db, userId, imported.value);
      else if (!(await createResume(db, userId, imported.value))) {
        throw new HttpError(
          409,
          'a resume is already saved; import with replace=true to overwrite it',
        );
      }
      return { resume: imported.value, ignored: imported.ignored ?? [] };
    },
  );

  app.get(
    '/resume/cover-letter',
    {
      schema: {
        tags: ['resume'],
        description: 'The saved cover letter; 404 before one is saved.',
        response: { 200: CoverLetterSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => coverLetterOf(await load(signedInUser(request).id)),
  );

  app.put(
    '/resume/cover-letter',
    {
      schema: {
        tags: ['resume'],
        description:
          'Saves the cover letter (greeting, four paragraphs, closing, signature). Needs a saved resume (404 otherwise).',
        body: CoverLetterSchema,
        response: { 200: CoverLetterSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      if (!(await saveCoverLetter(db, signedInUser(request).id, request.body))) {
        throw notFound(NO_RESUME);
      }
      return request.body;
    },
  );

  app.post(
    '/resume/cover-letter/draft',
    {
      schema: {
        tags: ['resume'],
        description:
          'Drafts a four-paragraph letter from the resume and, when given, a saved job analysis (its title and required skills) and the company. Nothing is saved: edit it, then PUT /api/resume/cover-letter.',
        body: DraftBodySchema,
        response: { 200: CoverLetterSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const { analysisId, company } = request.body;
      const analysis = analysisId === undefined ? null : await findAnalysis(userId, analysisId);
      const { resume } = await load(userId);
      const domain = await domainOf(userId);
      return buildCoverLetter(
        resume,
        {
          title: analysis?.analysis.title.trim() || '[role title]',
          company: company ?? analysis?.company ?? '[company]',
          requiredSkills: analysis?.analysis.skills.required ?? [],
        },
        domain ? { domain } : {},
      );
    },
  );

  app.get(
    '/resume/cover-letter.txt',
    {
      schema: {
        tags: ['resume'],
        description: 'The saved cover letter as plain text.',
        response: { 200: z.string().describe('text/plain'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const record = await load(signedInUser(request).id);
      return download(
        reply,
        'text/plain; charset=utf-8',
        `${fileStem(record.resume.basics.name)}-cover-letter.txt`,
        coverLetterToText(coverLetterOf(record)),
      );
    },
  );

  app.get(
    '/resume/cover-letter.pdf',
    {
      schema: {
        tags: ['resume'],
        description: 'The saved cover letter as a one-page PDF headed with your contact line.',
        response: { 200: z.string().describe('application/pdf'), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const record = await load(signedInUser(request).id);
      const pdf = await coverLetterToPdf(coverLetterOf(record), record.resume);
      reply.header('x-page-count', String(pdf.pages));
      return download(
        reply,
        'application/pdf',
        `${fileStem(record.resume.basics.name)}-cover-letter.pdf`,
        Buffer.from(pdf.bytes),
      );
    },
  );
};

function coverLetterOf(record: ResumeRecord) {
  if (!record.coverLetter) throw notFound('cover letter');
  return record.coverLetter;
}
