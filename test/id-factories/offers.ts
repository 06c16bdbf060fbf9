import type { FastifyInstance } from 'fastify';
import type { TestUser } from '../app.js';

/** An offer owned by `owner`; its id is what the suite sends as every `:param` of the route. */
async function savedOffer(app: FastifyInstance, owner: TestUser): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/offers',
    headers: { cookie: owner.cookie },
    payload: {
      company: 'Acme Health',
      role: 'ML Engineer',
      level: 'entry',
      location: 'Austin, TX',
      currency: 'USD',
      base: 14_000_000,
    },
  });
  if (response.statusCode !== 201) throw new Error(`offer not saved: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** The owner's own figures for the entry band; the level is the route's `:level`. */
async function editedBand(app: FastifyInstance, owner: TestUser): Promise<string> {
  const response = await app.inject({
    method: 'PUT',
    url: '/api/offers/bands/entry',
    headers: { cookie: owner.cookie },
    payload: { low: 9_000_000, high: 11_000_000, currency: 'EUR', note: 'Berlin survey' },
  });
  if (response.statusCode !== 200) throw new Error(`band not saved: ${response.body}`);
  return 'entry';
}

/**
 * Offer routes with ids. The suite puts the same value in every `:param`, so the negotiation route
 * gets the offer's id as `:itemId` too; it has a body, so the suite expects 400 for `{}` before
 * the item or the offer is looked up. The growth goal route has a body as well and takes a catalog
 * goal id, which belongs to nobody: the 400 for `{}` is what shows it changes nothing. The band
 * routes take a level: another user's edit of it must stay as it is (the reset answers 404, as
 * the intruder has no edit of their own; the edit answers 400 for `{}`). Accepting has an optional
 * body whose `{}` is refused, so it answers 400 there too.
 */
export const idFactories: Record<
  string,
  (app: FastifyInstance, owner: TestUser) => Promise<string>
> = {
  'GET /api/offers/:id': savedOffer,
  'PATCH /api/offers/:id': savedOffer,
  'DELETE /api/offers/:id': savedOffer,
  'PUT /api/offers/:id/negotiation/:itemId': savedOffer,
  'POST /api/offers/:id/accept': savedOffer,
  'DELETE /api/offers/:id/accept': async (app, owner) => {
    const id = await savedOffer(app, owner);
    await app.inject({
      method: 'POST',
      url: `/api/offers/${id}/accept`,
      headers: { cookie: owner.cookie },
    });
    return id;
  },
  'PUT /api/growth/goals/:goalId': async () => 'ship-a-model-to-production',
  'PUT /api/offers/bands/:level': editedBand,
  'DELETE /api/offers/bands/:level': editedBand,
};
