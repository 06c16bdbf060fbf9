import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadInterviewCatalog } from '../../../catalog/interview/index.js';
import { todayUtc } from '../../../clock.js';
import { growthGoals } from '../../../core/growth/goals.js';
import { bandOverride, effectiveBands, isLevel } from '../../../core/offers/bands.js';
import { compareOffers } from '../../../core/offers/compare.js';
import { isGrowthGoal, isNegotiationItem } from '../../../core/offers/records.js';
import type { Database } from '../../../db/client.js';
import {
  AcceptanceDayError,
  acceptedOffer,
  acceptOffer,
  addOffers,
  deleteBandOverride,
  deleteOffer,
  getOffer,
  listBandOverrides,
  listGrowthGoals,
  listOffers,
  ownsApplication,
  saveBandOverride,
  setGrowthGoal,
  setNegotiationItem,
  unacceptOffer,
  updateOffer,
} from '../../../db/offers.js';
import type { RouteContext } from '../../context.js';
import { ErrorBodySchema, HttpError, notFound } from '../../errors.js';
import { IdParams, isUuid } from '../../params.js';
import { signedInUser } from '../../session.js';
import {
  AcceptBodySchema,
  BandParams,
  type BandsRes,
  BandsSchema,
  BandUpdateSchema,
  ChecklistSchema,
  ComparisonSchema,
  DoneSchema,
  GoalParams,
  type GrowthRes,
  GrowthSchema,
  NegotiationParams,
  OfferCreateSchema,
  OfferSchema,
  OfferUpdateSchema,
} from './schema.js';

const tags = ['offers'];

/** Refuses a link to an application that is not the user's (same answer as one that never existed). */
async function requireApplication(db: Database, userId: string, applicationId: unknown) {
  if (typeof applicationId !== 'string') return;
  if (!(await ownsApplication(db, userId, applicationId))) {
    throw new HttpError(400, 'the request is invalid', [
      { path: 'applicationId', message: 'must be the id of one of your applications' },
    ]);
  }
}

/** The salary bands with the user's edits in place of the article's figures. */
async function bandsView(db: Database, userId: string): Promise<BandsRes> {
  return effectiveBands(loadInterviewCatalog().offers.bands, await listBandOverrides(db, userId));
}

/** Growth mode as of today: null before an offer is accepted, else the stage and its goals. */
async function growthView(db: Database, userId: string, today: string): Promise<GrowthRes> {
  const offer = await acceptedOffer(db, userId);
  if (!offer?.acceptedOn) return { mode: null, offer: null, growth: null };
  const done = new Map((await listGrowthGoals(db, userId)).map((row) => [row.goalId, row.doneOn]));
  const status = growthGoals(offer.acceptedOn, today, { completed: done.keys() });
  return {
    mode: 'growth',
    offer: {
      id: offer.id,
      company: offer.company,
      role: offer.role,
      acceptedOn: offer.acceptedOn,
    },
    growth: {
      ...status,
      goals: status.goals.map((goal) => ({ ...goal, doneOn: done.get(goal.id) ?? null })),
    },
  };
}

/** Offers: record, compare, work the negotiation checklist, accept one; then growth mode. */
export const offerRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const { db } = database;

  const find = async (userId: string, id: string) => {
    const offer = isUuid(id) ? await getOffer(db, userId, id) : null;
    if (!offer) throw notFound('offer');
    return offer;
  };

  app.get(
    '/offers',
    { schema: { tags, response: { 200: z.array(OfferSchema) } } },
    async (request) => listOffers(db, signedInUser(request).id),
  );

  app.post(
    '/offers',
    {
      schema: {
        tags,
        description:
          'Records an offer. Amounts are whole minor units (cents) of the offer’s own currency.',
        body: OfferCreateSchema,
        response: { 201: OfferSchema, 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const userId = signedInUser(request).id;
      await requireApplication(db, userId, request.body.applicationId);
      const [offer] = await addOffers(db, userId, [{ ...request.body, negotiation: {} }]);
      if (!offer) throw new Error('the offer was not saved');
      return reply.code(201).send(offer);
    },
  );

  app.get(
    '/offers/compare',
    {
      schema: {
        tags,
        description:
          'First-year and steady-state totals of every offer, the gap to the best one in the same currency, and the salary band of its level with the source and caveat. Nothing is converted between currencies.',
        response: { 200: ComparisonSchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const offers = await listOffers(db, userId);
      const comparison = compareOffers(offers, {
        today: todayUtc(),
        overrides: await listBandOverrides(db, userId),
      });
      return {
        offers: comparison.offers.map(({ index, ...compared }) => ({
          ...compared,
          id: offers[index]?.id ?? '',
          accepted: offers[index]?.acceptedOn !== undefined,
        })),
        currencies: comparison.currencies,
        currencyNote: comparison.currencyNote,
        bands: comparison.bands,
      };
    },
  );

  app.get(
    '/offers/bands',
    {
      schema: {
        tags,
        description:
          'The salary bands by level: the article’s US figures with their source and caveat, and the user’s own figures where they changed a level.',
        response: { 200: BandsSchema },
      },
    },
    async (request) => bandsView(db, signedInUser(request).id),
  );

  app.put(
    '/offers/bands/:level',
    {
      schema: {
        tags,
        description:
          'Sets the user’s own figures for a level (entry, mid, senior): yearly low and high in minor units, low ≤ high, with an optional currency (the article’s by default) and note. The comparison checks offers against them.',
        params: BandParams,
        body: BandUpdateSchema,
        response: { 200: BandsSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { level } = request.params;
      if (!isLevel(level)) throw notFound('salary band level');
      const userId = signedInUser(request).id;
      const { bands } = loadInterviewCatalog().offers;
      await saveBandOverride(db, userId, bandOverride(level, request.body, todayUtc(), bands));
      return bandsView(db, userId);
    },
  );

  app.delete(
    '/offers/bands/:level',
    {
      schema: {
        tags,
        description:
          'Resets a level to the article’s figures by removing the user’s edit; 404 when the level was not edited.',
        params: BandParams,
        response: { 200: BandsSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { level } = request.params;
      const userId = signedInUser(request).id;
      if (!isLevel(level) || !(await deleteBandOverride(db, userId, level))) {
        throw notFound('edited salary band');
      }
      return bandsView(db, userId);
    },
  );

  app.get(
    '/offers/checklist',
    {
      schema: {
        tags,
        description: 'The negotiation checklist: each step with why it matters.',
        response: { 200: ChecklistSchema },
      },
    },
    async () =>
      loadInterviewCatalog().offers.negotiation.map(({ id, item, why }) => ({ id, item, why })),
  );

  app.get(
    '/offers/:id',
    { schema: { tags, params: IdParams, response: { 200: OfferSchema, 404: ErrorBodySchema } } },
    async (request) => find(signedInUser(request).id, request.params.id),
  );

  app.patch(
    '/offers/:id',
    {
      schema: {
        tags,
        description:
          'Changes any of the offer’s fields; null clears benefits, deadline, the day it came or the link. The day it came cannot move after the day it was accepted.',
        params: IdParams,
        body: OfferUpdateSchema,
        response: { 200: OfferSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const userId = signedInUser(request).id;
      const offer = await find(userId, request.params.id);
      const { receivedOn } = request.body;
      if (receivedOn && offer.acceptedOn && receivedOn > offer.acceptedOn) {
        throw new HttpError(400, 'the request is invalid', [
          {
            path: 'receivedOn',
            message: `must not be after the day you accepted it (${offer.acceptedOn})`,
          },
        ]);
      }
      await requireApplication(db, userId, request.body.applicationId);
      const updated = await updateOffer(db, userId, request.params.id, request.body);
      if (!updated) throw notFound('offer');
      return updated;
    },
  );

  app.delete(
    '/offers/:id',
    { schema: { tags, params: IdParams, response: { 204: z.null(), 404: ErrorBodySchema } } },
    async (request, reply) => {
      const { id } = request.params;
      if (!isUuid(id) || !(await deleteOffer(db, signedInUser(request).id, id))) {
        throw notFound('offer');
      }
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/offers/:id/negotiation/:itemId',
    {
      schema: {
        tags,
        description:
          'Ticks a negotiation checklist item (dated today; an item already ticked keeps its day) or unticks it.',
        params: NegotiationParams,
        body: DoneSchema,
        response: { 200: OfferSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { id, itemId } = request.params;
      if (!isNegotiationItem(itemId)) throw notFound('negotiation checklist item');
      const userId = signedInUser(request).id;
      const updated = isUuid(id)
        ? await setNegotiationItem(db, userId, id, itemId, request.body.done ? todayUtc() : null)
        : null;
      if (!updated) throw notFound('offer');
      return updated;
    },
  );

  app.post(
    '/offers/:id/accept',
    {
      schema: {
        tags,
        description:
          'Accepts the offer, which starts growth mode; another accepted offer is un-accepted. `{"on": "YYYY-MM-DD"}` dates it (not after today, not before the day the offer came; it also corrects the day of an offer already accepted); without a body it is dated today.',
        params: IdParams,
        body: AcceptBodySchema,
        response: { 200: OfferSchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const on = request.body?.on;
      let accepted = null;
      try {
        accepted = isUuid(id)
          ? await acceptOffer(db, signedInUser(request).id, id, todayUtc(), on ? { on } : {})
          : null;
      } catch (error) {
        if (error instanceof AcceptanceDayError) {
          throw new HttpError(400, 'the request is invalid', [
            { path: error.path, message: error.message },
          ]);
        }
        throw error;
      }
      if (!accepted) throw notFound('offer');
      return accepted;
    },
  );

  app.delete(
    '/offers/:id/accept',
    {
      schema: {
        tags,
        description: 'Takes back the acceptance: back to the job search. Done goals are kept.',
        params: IdParams,
        response: { 200: OfferSchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const offer = isUuid(id) ? await unacceptOffer(db, signedInUser(request).id, id) : null;
      if (!offer) throw notFound('offer');
      return offer;
    },
  );

  app.get(
    '/growth',
    {
      schema: {
        tags,
        description:
          'Growth mode after the accepted offer: the current stage (years 1–2, 3–5, 5+) and its goals with progress; mode is null before an offer is accepted.',
        response: { 200: GrowthSchema },
      },
    },
    async (request) => growthView(db, signedInUser(request).id, todayUtc()),
  );

  app.put(
    '/growth/goals/:goalId',
    {
      schema: {
        tags,
        description:
          'Marks a growth goal done (dated today; a goal already done keeps its day) or not done.',
        params: GoalParams,
        body: DoneSchema,
        response: {
          200: GrowthSchema,
          400: ErrorBodySchema,
          404: ErrorBodySchema,
          409: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const { goalId } = request.params;
      if (!isGrowthGoal(goalId)) throw notFound('growth goal');
      const userId = signedInUser(request).id;
      const today = todayUtc();
      if (!(await acceptedOffer(db, userId))) {
        throw new HttpError(409, 'growth goals start once you accept an offer');
      }
      await setGrowthGoal(db, userId, goalId, request.body.done ? today : null);
      return growthView(db, userId, today);
    },
  );
};
