import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type InterviewCard,
  type InterviewTopic,
  loadInterviewCatalog,
} from '../../../catalog/interview/index.js';
import { CodingEntryInputSchema, codingProgress } from '../../../core/interview/coding.js';
import {
  type InterviewRoundInput,
  roundChecklist,
  type StarStoryInput,
  UserCardInputSchema,
} from '../../../core/interview/records.js';
import {
  gradeCard,
  isDue,
  newCardState,
  retentionSeries,
  SRS_GRADES,
  type SrsState,
} from '../../../core/interview/srs.js';
import type { Database } from '../../../db/client.js';
import {
  addCodingPractice,
  addRoundPlans,
  addStories,
  addUserCards,
  cardTopic,
  catalogCard,
  deleteCodingPractice,
  deleteRoundPlan,
  deleteStory,
  deleteUserCard,
  dueCounts,
  existingCardIds,
  getUserCard,
  listCardStates,
  listCodingPractice,
  listRoundPlans,
  listStories,
  listUserCards,
  nextCard,
  nextDueAfter,
  ownsApplication,
  ownsProject,
  recordReview,
  reviewCount,
  reviewsSince,
  type UserCardRecord,
  updateRoundPlan,
  updateStory,
  updateUserCard,
} from '../../../db/interviews.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError, type Issue, notFound } from '../../errors.js';
import { IdParams, isUuid } from '../../params.js';
import { signedInUser } from '../../session.js';
import {
  type CardBody,
  CardSchema,
  CardsQuerySchema,
  CodingProgressSchema,
  CodingRecordSchema,
  InterviewRoundInputSchema,
  NextCardSchema,
  ReviewInputSchema,
  ReviewResultSchema,
  RoundInfoSchema,
  RoundPlanSchema,
  StarStoryInputSchema,
  StatsSchema,
  StorySchema,
  TopicQuerySchema,
} from './schema.js';

/** The clock, read once per request at the edge; the core and the queries take it as `now`. */
const clock = (): Date => new Date();

/** Weeks of reviews the retention chart shows. */
const RETENTION_WEEKS = 26;

const invalid = (issues: Issue[]) => new HttpError(400, 'the request is invalid', issues);

/** Where a card stands for the user, as the API shows it. */
const presentReview = (state: SrsState, now: Date) => ({
  state: state.state,
  due: state.due,
  reps: state.reps,
  lapses: state.lapses,
  lastReview: state.lastReview,
  dueNow: isDue(state, now),
});

const presentCatalogCard = (card: InterviewCard, state: SrsState | undefined, now: Date) => ({
  id: card.id,
  source: 'catalog' as const,
  topic: card.topic,
  rounds: card.rounds,
  level: card.level,
  prompt: card.prompt,
  answer: card.answer,
  ...(card.outline ? { outline: card.outline } : {}),
  ...(state ? { review: presentReview(state, now) } : {}),
});

const presentUserCard = (card: UserCardRecord, state: SrsState | undefined, now: Date) => ({
  id: card.id,
  source: 'user' as const,
  topic: card.topic,
  rounds: card.rounds,
  prompt: card.prompt,
  answer: card.answer,
  ...(state ? { review: presentReview(state, now) } : {}),
});

/** Links in a story or round plan must point at the user's own rows: 400 naming the field. */
async function checkStoryLinks(db: Database, userId: string, story: StarStoryInput) {
  const issues: Issue[] = [];
  if (story.projectId && !(await ownsProject(db, userId, story.projectId))) {
    issues.push({ path: 'projectId', message: 'is not one of your portfolio projects' });
  }
  const known = await existingCardIds(db, userId, story.cardIds);
  const unknown = story.cardIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    issues.push({ path: 'cardIds', message: `unknown cards: ${unknown.join(', ')}` });
  }
  if (issues.length > 0) throw invalid(issues);
}

async function checkRoundLinks(db: Database, userId: string, plan: InterviewRoundInput) {
  if (plan.applicationId && !(await ownsApplication(db, userId, plan.applicationId))) {
    throw invalid([{ path: 'applicationId', message: 'is not one of your applications' }]);
  }
}

/** The question bank with spaced repetition, STAR stories, rounds and coding practice. */
export const interviewRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;
  const tags = ['interviews'];

  /** A card the user can study, by id, with its state: catalog or own; null when unknown. */
  const loadCard = async (
    userId: string,
    cardId: string,
    state: SrsState | undefined,
    now: Date,
  ): Promise<CardBody | null> => {
    const fromCatalog = catalogCard(cardId);
    if (fromCatalog) return presentCatalogCard(fromCatalog, state, now);
    const own = await getUserCard(db, userId, cardId);
    return own ? presentUserCard(own, state, now) : null;
  };

  // ---- Cards ---------------------------------------------------------------------------------

  app.get(
    '/interviews/cards',
    {
      schema: {
        tags,
        description:
          "The catalog's cards and the user's own, optionally of one topic or round, each with its review state (absent while never reviewed).",
        querystring: CardsQuerySchema,
        response: { 200: z.array(CardSchema) },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const now = clock();
      const { topic, round } = request.query;
      const [own, states] = await Promise.all([
        listUserCards(db, userId),
        listCardStates(db, userId),
      ]);
      const matches = (card: { topic: string; rounds: readonly string[] }) =>
        (!topic || card.topic === topic) && (!round || card.rounds.includes(round));
      return [
        ...own.filter(matches).map((card) => presentUserCard(card, states.get(card.id), now)),
        ...loadInterviewCatalog()
          .cards.filter(matches)
          .map((card) => presentCatalogCard(card, states.get(card.id), now)),
      ];
    },
  );

  app.post(
    '/interviews/cards',
    {
      schema: {
        tags,
        description:
          'Adds a card of your own: a question you were asked or expect, and its answer.',
        body: UserCardInputSchema,
        response: { 201: CardSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const [card] = await addUserCards(db, signedInUser(request).id, [request.body]);
      if (!card) throw new Error('the card was not saved');
      return reply.code(201).send(presentUserCard(card, undefined, clock()));
    },
  );

  app.patch(
    '/interviews/cards/:id',
    {
      schema: {
        tags,
        description:
          'Rewrites one of your own cards (the whole card); its review history stays. Catalog cards are read-only and answer 404 here.',
        params: IdParams,
        body: UserCardInputSchema,
        response: { 200: CardSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const card = await updateUserCard(db, userId, request.params.id, request.body);
      if (!card) throw notFound('card');
      const states = await listCardStates(db, userId);
      return presentUserCard(card, states.get(card.id), clock());
    },
  );

  app.delete(
    '/interviews/cards/:id',
    {
      schema: {
        tags,
        description: 'Deletes one of your own cards with its review history.',
        params: IdParams,
        response: { 204: z.null(), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      if (!(await deleteUserCard(db, signedInUser(request).id, request.params.id))) {
        throw notFound('card');
      }
      return reply.code(204).send(null);
    },
  );

  // ---- Review --------------------------------------------------------------------------------

  app.get(
    '/interviews/review/next',
    {
      schema: {
        tags,
        description:
          'The next card to study: the reviewed card due longest ago, else a new one (your own first, then the catalog by level); null when nothing is left now.',
        querystring: TopicQuerySchema,
        response: { 200: NextCardSchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const now = clock();
      const topic = request.query.topic as InterviewTopic | undefined;
      const [next, counts] = await Promise.all([
        nextCard(db, userId, now, topic),
        dueCounts(db, userId, now),
      ]);
      const inScope = counts.filter((row) => !topic || row.topic === topic);
      const remaining = {
        due: inScope.reduce((sum, row) => sum + row.due, 0),
        new: inScope.reduce((sum, row) => sum + row.new, 0),
      };
      const card = next ? await loadCard(userId, next.cardId, next.state ?? undefined, now) : null;
      const preview =
        card && next
          ? SRS_GRADES.map((grade) => ({
              grade,
              due: gradeCard(next.state ?? newCardState(now), grade, now).state.due,
            }))
          : [];
      return {
        card,
        preview,
        remaining,
        nextDue: card ? null : await nextDueAfter(db, userId, now, topic),
      };
    },
  );

  app.post(
    '/interviews/review',
    {
      schema: {
        tags,
        description:
          'Grades one review — 1 again (forgot), 2 hard, 3 good, 4 easy — and schedules the card.',
        body: ReviewInputSchema,
        response: { 200: ReviewResultSchema, 400: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const { cardId, grade } = request.body;
      if (!(await cardTopic(db, userId, cardId))) {
        throw invalid([{ path: 'cardId', message: 'is not a card you can review' }]);
      }
      const now = clock();
      const { state } = await recordReview(db, userId, cardId, grade, now);
      return { cardId, grade, review: presentReview(state, now) };
    },
  );

  app.get(
    '/interviews/stats',
    {
      schema: {
        tags,
        description: `Due and new cards per topic, the weekly share of reviews recalled over the last ${RETENTION_WEEKS} weeks, and review counts.`,
        response: { 200: StatsSchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const now = clock();
      const today = now.toISOString().slice(0, 10);
      const since = new Date(`${today}T00:00:00Z`);
      since.setUTCDate(since.getUTCDate() - 7 * RETENTION_WEEKS);
      const [topics, reviews, recent] = await Promise.all([
        dueCounts(db, userId, now),
        reviewCount(db, userId),
        reviewsSince(db, userId, since),
      ]);
      const totals = topics.reduce(
        (sum, row) => ({
          due: sum.due + row.due,
          new: sum.new + row.new,
          total: sum.total + row.total,
        }),
        { due: 0, new: 0, total: 0 },
      );
      return {
        topics,
        totals,
        retention: retentionSeries(recent, today),
        retentionWeeks: RETENTION_WEEKS,
        reviews,
        reviewsToday: recent.filter((log) => log.review.startsWith(today)).length,
      };
    },
  );

  // ---- Rounds and their plans ----------------------------------------------------------------

  app.get(
    '/interviews/rounds',
    {
      schema: {
        tags,
        description: 'The six rounds of a typical loop, with what each assesses and a checklist.',
        response: { 200: z.array(RoundInfoSchema) },
      },
    },
    async () =>
      loadInterviewCatalog().rounds.map((round) => ({
        id: round.id,
        title: round.title,
        description: round.description,
        typicalLength: round.typicalLength,
        assesses: round.assesses,
        checklist: roundChecklist(round.id),
      })),
  );

  const findPlan = async (userId: string, id: string) => {
    const plan = isUuid(id)
      ? (await listRoundPlans(db, userId)).find((entry) => entry.id === id)
      : undefined;
    if (!plan) throw notFound('interview round');
    return plan;
  };

  app.get(
    '/interviews/round-plans',
    {
      schema: {
        tags,
        description: 'Your interview rounds, by date, with the application and checklist progress.',
        response: { 200: z.array(RoundPlanSchema) },
      },
    },
    async (request) => listRoundPlans(db, signedInUser(request).id),
  );

  app.post(
    '/interviews/round-plans',
    {
      schema: {
        tags,
        body: InterviewRoundInputSchema,
        response: { 201: RoundPlanSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const userId = signedInUser(request).id;
      await checkRoundLinks(db, userId, request.body);
      const [id] = await addRoundPlans(db, userId, [request.body]);
      if (!id) throw new Error('the round was not saved');
      return reply.code(201).send(await findPlan(userId, id));
    },
  );

  app.patch(
    '/interviews/round-plans/:id',
    {
      schema: {
        tags,
        description: 'Rewrites a planned round (the whole plan: date, checklist, notes, link).',
        params: IdParams,
        body: InterviewRoundInputSchema,
        response: { 200: RoundPlanSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const { id } = request.params;
      if (!isUuid(id)) throw notFound('interview round');
      await checkRoundLinks(db, userId, request.body);
      if (!(await updateRoundPlan(db, userId, id, request.body))) throw notFound('interview round');
      return findPlan(userId, id);
    },
  );

  app.delete(
    '/interviews/round-plans/:id',
    {
      schema: {
        tags,
        params: IdParams,
        response: { 204: z.null(), 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id) || !(await deleteRoundPlan(db, signedInUser(request).id, id))) {
        throw notFound('interview round');
      }
      return reply.code(204).send(null);
    },
  );

  // ---- STAR stories --------------------------------------------------------------------------

  app.get(
    '/interviews/stories',
    {
      schema: {
        tags,
        description: 'Your STAR stories, newest first.',
        response: { 200: z.array(StorySchema) },
      },
    },
    async (request) => listStories(db, signedInUser(request).id),
  );

  app.post(
    '/interviews/stories',
    {
      schema: {
        tags,
        description:
          'A STAR story (situation, task, action, result), optionally about one of your portfolio projects and linked to the cards it answers.',
        body: StarStoryInputSchema,
        response: { 201: StorySchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const userId = signedInUser(request).id;
      await checkStoryLinks(db, userId, request.body);
      const [story] = await addStories(db, userId, [request.body]);
      if (!story) throw new Error('the story was not saved');
      return reply.code(201).send(story);
    },
  );

  app.patch(
    '/interviews/stories/:id',
    {
      schema: {
        tags,
        description: 'Rewrites a STAR story (the whole story).',
        params: IdParams,
        body: StarStoryInputSchema,
        response: { 200: StorySchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const { id } = request.params;
      if (!isUuid(id)) throw notFound('story');
      await checkStoryLinks(db, userId, request.body);
      const story = await updateStory(db, userId, id, request.body);
      if (!story) throw notFound('story');
      return story;
    },
  );

  app.delete(
    '/interviews/stories/:id',
    {
      schema: { tags, params: IdParams, response: { 204: z.null(), 404: ErrorBodySchema } },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id) || !(await deleteStory(db, signedInUser(request).id, id))) {
        throw notFound('story');
      }
      return reply.code(204).send(null);
    },
  );

  // ---- Coding practice -----------------------------------------------------------------------

  app.get(
    '/coding-practice',
    {
      schema: {
        tags,
        description: 'Logged coding problems, newest first.',
        response: { 200: z.array(CodingRecordSchema) },
      },
    },
    async (request) => listCodingPractice(db, signedInUser(request).id),
  );

  app.post(
    '/coding-practice',
    {
      schema: {
        tags,
        description: 'Logs one attempt at a coding problem (a name or a link, or both).',
        body: CodingEntryInputSchema,
        response: { 201: CodingRecordSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const [entry] = await addCodingPractice(db, signedInUser(request).id, [request.body]);
      if (!entry) throw new Error('the entry was not saved');
      return reply.code(201).send(entry);
    },
  );

  app.delete(
    '/coding-practice/:id',
    {
      schema: { tags, params: IdParams, response: { 204: z.null(), 404: ErrorBodySchema } },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id) || !(await deleteCodingPractice(db, signedInUser(request).id, id))) {
        throw notFound('coding practice entry');
      }
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/coding-practice/progress',
    {
      schema: {
        tags,
        description:
          'Distinct problems solved toward 200, by topic and difficulty, with the weekly pace and when the target is reached at it.',
        response: { 200: CodingProgressSchema },
      },
    },
    async (request) => {
      const entries = await listCodingPractice(db, signedInUser(request).id);
      return codingProgress(entries, clock().toISOString().slice(0, 10));
    },
  );
};
