import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadCatalog } from '../../../catalog/index.js';
import { todayUtc } from '../../../clock.js';
import { analyzePosting, PostingAnalysisSchema } from '../../../core/jobs/analyze.js';
import { extractPostingText, MAX_FILE_BYTES } from '../../../core/jobs/extract.js';
import { compareWithProfile } from '../../../core/jobs/gap.js';
import { snapshotOf } from '../../../core/plan/history.js';
import type { Database } from '../../../db/client.js';
import {
  addJobAnalyses,
  addPlanAdditions,
  deleteJobAnalysis,
  getJobAnalysis,
  type JobAnalysisRecord,
  listJobAnalyses,
} from '../../../db/jobs.js';
import { addPlanSnapshots } from '../../../db/plan-history.js';
import { currentPlan } from '../../../db/plans.js';
import { getProfile } from '../../../db/profiles.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError, notFound } from '../../errors.js';
import { deleteOwnedRoute } from '../../owned-routes.js';
import { IdParams, isUuid } from '../../params.js';
import { signedInUser } from '../../session.js';

const optionalText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .optional();

/** A pasted posting, or a file (.txt, .md, .html, .pdf) as base64; company and link optional. */
const NewAnalysisSchema = z
  .strictObject({
    text: z.string({ error: 'must be text' }).optional(),
    file: z
      .strictObject({
        name: z.string({ error: 'must be a file name' }).min(1).max(255),
        contentBase64: z.string({ error: 'must be the file as base64' }).min(1),
      })
      .optional(),
    company: optionalText(200),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
      .max(2000)
      .optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.file === undefined), {
    error: 'give the posting as text or as a file (one of the two)',
    path: ['text'],
  });

const AnalysisSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  company: z.string().optional(),
  url: z.string().optional(),
  kind: z.string(),
  level: z.string(),
  analyzedOn: z.string(),
  skills: z.number().int(),
  redFlags: z.number().int(),
  greenFlags: z.number().int(),
});
const AnalysisSchema = z.object({
  id: z.string(),
  company: z.string().optional(),
  url: z.string().optional(),
  posting: z.string(),
  analyzedOn: z.string(),
  analysis: PostingAnalysisSchema,
});
const AddedSchema = z.object({
  added: z.array(z.string()).describe('catalog skills the plan now includes'),
  alreadyPlanned: z.array(z.string()),
  firstOfferDate: z.object({ p50: z.string(), p80: z.string() }),
});

/** The stored analysis with the gap against the profile as it is now. */
async function withGap(db: Database, userId: string, record: JobAnalysisRecord) {
  const profile = await getProfile(db, userId);
  const { analysis } = record;
  if (!profile) return record;
  const skills = [...analysis.skills.required, ...analysis.skills.preferred];
  return {
    ...record,
    analysis: { ...analysis, gap: compareWithProfile(skills, profile, loadCatalog()) },
  };
}

const TOO_LARGE = /larger than|more than \d+ KB/;

/**
 * The posting's text from the body: pasted text (HTML pasted as source is read as HTML) or the
 * decoded file, through the same extraction as `mlpath analyze-jd`.
 */
async function postingText(body: z.infer<typeof NewAnalysisSchema>): Promise<string> {
  const name = body.file?.name ?? 'the posting';
  const bytes =
    body.text !== undefined
      ? new TextEncoder().encode(body.text)
      : new Uint8Array(Buffer.from(body.file?.contentBase64 ?? '', 'base64'));
  const result = await extractPostingText(bytes, body.file ? { filename: body.file.name } : {});
  if (!result.ok)
    throw new HttpError(TOO_LARGE.test(result.problem) ? 413 : 400, `${name} ${result.problem}`);
  return result.text;
}

/** Job postings the user analyzed: analyze and save, list, read, delete, add the gap to the plan. */
export const jobAnalysisRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;

  app.post(
    '/jobs/analyses',
    {
      // A 5 MB file grows by a third as base64.
      bodyLimit: Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        tags: ['jobs'],
        description:
          'Analyzes a job posting (pasted text or a .txt/.md/.html/.pdf file as base64) and saves it: kind, level, PhD and years asked, required and preferred skills, red and green flags quoting the posting, and the gap against the profile.',
        body: NewAnalysisSchema,
        response: { 201: AnalysisSchema, 400: ErrorBodySchema, 413: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const userId = signedInUser(request).id;
      const text = await postingText(request.body);
      const today = todayUtc();
      const analysis = analyzePosting(text, { catalog: loadCatalog() });
      const [saved] = await addJobAnalyses(db, userId, [
        {
          posting: text,
          analysis,
          analyzedOn: today,
          ...(request.body.company ? { company: request.body.company } : {}),
          ...(request.body.url ? { url: request.body.url } : {}),
        },
      ]);
      if (!saved) throw new Error('the analysis was not saved');
      return reply.code(201).send(await withGap(db, userId, saved));
    },
  );

  app.get(
    '/jobs/analyses',
    { schema: { tags: ['jobs'], response: { 200: z.array(AnalysisSummarySchema) } } },
    async (request) => {
      const records = await listJobAnalyses(db, signedInUser(request).id);
      return records.map(({ id, company, url, analysis, analyzedOn }) => ({
        id,
        title: analysis.title,
        ...(company ? { company } : {}),
        ...(url ? { url } : {}),
        kind: analysis.kind,
        level: analysis.level,
        analyzedOn,
        skills: analysis.skills.required.length + analysis.skills.preferred.length,
        redFlags: analysis.redFlags.length,
        greenFlags: analysis.greenFlags.length,
      }));
    },
  );

  const find = async (userId: string, id: string) => {
    const record = isUuid(id) ? await getJobAnalysis(db, userId, id) : null;
    if (!record) throw notFound('job analysis');
    return record;
  };

  app.get(
    '/jobs/analyses/:id',
    {
      schema: {
        tags: ['jobs'],
        params: IdParams,
        response: { 200: AnalysisSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      return withGap(db, userId, await find(userId, request.params.id));
    },
  );

  deleteOwnedRoute(app, {
    path: '/jobs/analyses',
    tags: ['jobs'],
    what: 'job analysis',
    remove: (userId, id) => deleteJobAnalysis(db, userId, id),
  });

  app.post(
    '/jobs/analyses/:id/add-to-plan',
    {
      schema: {
        tags: ['jobs'],
        description:
          "Adds the catalog skills behind the posting's missing and weak skills to the plan (with their prerequisites) and re-plans; the new estimate joins the plan history.",
        params: IdParams,
        response: { 200: AddedSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const record = await withGap(db, userId, await find(userId, request.params.id));
      const gap = record.analysis.gap;
      if (!gap) throw notFound('profile (answer the intake quiz first)');
      const catalog = loadCatalog();
      const skillOf = new Map<string, string>([
        ...catalog.skills.map((skill) => [skill.id, skill.id] as [string, string]),
        ...catalog.technologies.map((tech) => [tech.id, tech.skill] as [string, string]),
      ]);
      const wanted = [
        ...new Set(
          [...gap.missing, ...gap.weak].flatMap((id) => {
            const skill = skillOf.get(id);
            return skill ? [skill] : [];
          }),
        ),
      ];
      const today = todayUtc();
      return db.transaction(async (tx) => {
        const txDb = tx as unknown as Database;
        const before = await currentPlan(txDb, userId, today);
        const planned = new Set(before?.skills.map((skill) => skill.id));
        const added = wanted.filter((id) => !planned.has(id));
        await addPlanAdditions(
          txDb,
          userId,
          added.map((skillId) => ({ skillId, addedOn: today })),
        );
        const plan = await currentPlan(txDb, userId, today);
        if (!plan) throw notFound('profile (answer the intake quiz first)');
        if (added.length > 0)
          await addPlanSnapshots(txDb, userId, [snapshotOf(plan, 'replan', today)]);
        return {
          added,
          alreadyPlanned: wanted.filter((id) => planned.has(id)),
          firstOfferDate: plan.estimate.firstOfferDate,
        };
      });
    },
  );
};
