import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
// Types only: totals, bands and growth stages are worked out on the server.
import type {
  BandsSchema,
  BandUpdateSchema,
  ChecklistSchema,
  ComparisonSchema,
  GrowthSchema,
  OfferCreateSchema,
  OfferSchema,
  OfferUpdateSchema,
} from '../../server/routes/offers/schema';
import { apiRequest } from '../api/client';

export type Offer = z.output<typeof OfferSchema>;
export type OfferInput = z.input<typeof OfferCreateSchema>;
export type OfferPatch = z.input<typeof OfferUpdateSchema>;
export type Comparison = z.output<typeof ComparisonSchema>;
export type ComparedOffer = Comparison['offers'][number];
export type ChecklistItem = z.output<typeof ChecklistSchema>[number];
export type Growth = z.output<typeof GrowthSchema>;
export type Bands = z.output<typeof BandsSchema>;
export type Band = Bands['levels'][number];
export type BandInput = z.input<typeof BandUpdateSchema>;

export const offerKeys = {
  offers: ['offers'],
  comparison: ['offers', 'compare'],
  checklist: ['offers', 'checklist'],
  growth: ['growth'],
} as const;

const offerPath = (id: string) => `/api/offers/${encodeURIComponent(id)}`;

export const useOffers = () =>
  useQuery({
    queryKey: offerKeys.offers,
    queryFn: () => apiRequest<Offer[]>('GET', '/api/offers'),
  });

export const useComparison = () =>
  useQuery({
    queryKey: offerKeys.comparison,
    queryFn: () => apiRequest<Comparison>('GET', '/api/offers/compare'),
  });

/** The checklist comes from the catalog and never changes while the app runs. */
export const useChecklist = () =>
  useQuery({
    queryKey: offerKeys.checklist,
    queryFn: () => apiRequest<ChecklistItem[]>('GET', '/api/offers/checklist'),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useGrowth = () =>
  useQuery({
    queryKey: offerKeys.growth,
    queryFn: () => apiRequest<Growth>('GET', '/api/growth'),
  });

/** Offers, their comparison and growth mode all follow from the offers: refetch them together. */
const useRefresh = () => {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: offerKeys.offers }),
      client.invalidateQueries({ queryKey: offerKeys.growth }),
    ]);
};

export function useAddOffer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: OfferInput) => apiRequest<Offer>('POST', '/api/offers', { body: input }),
    onSuccess: refresh,
  });
}

export function useUpdateOffer(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (patch: OfferPatch) => apiRequest<Offer>('PATCH', offerPath(id), { body: patch }),
    onSuccess: refresh,
  });
}

export function useDeleteOffer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>('DELETE', offerPath(id)),
    onSuccess: refresh,
  });
}

export function useSetNegotiationItem(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) =>
      apiRequest<Offer>('PUT', `${offerPath(id)}/negotiation/${encodeURIComponent(itemId)}`, {
        body: { done },
      }),
    onSuccess: refresh,
  });
}

/** Accepts an offer on a day (`on`, YYYY-MM-DD), or takes the acceptance back (`on` null). */
export function useAcceptOffer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, on }: { id: string; on: string | null }) =>
      on === null
        ? apiRequest<Offer>('DELETE', `${offerPath(id)}/accept`)
        : apiRequest<Offer>('POST', `${offerPath(id)}/accept`, { body: { on } }),
    onSuccess: refresh,
  });
}

const bandPath = (level: string) => `/api/offers/bands/${encodeURIComponent(level)}`;

/** Saves the user's own figures for a level; the comparison is checked against them. */
export function useSaveBand(level: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BandInput) => apiRequest<Bands>('PUT', bandPath(level), { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: offerKeys.comparison }),
  });
}

/** Resets a level to the article's figures. */
export function useResetBand(level: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<Bands>('DELETE', bandPath(level)),
    onSuccess: () => client.invalidateQueries({ queryKey: offerKeys.comparison }),
  });
}

export function useSetGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, done }: { goalId: string; done: boolean }) =>
      apiRequest<Growth>('PUT', `/api/growth/goals/${encodeURIComponent(goalId)}`, {
        body: { done },
      }),
    // An older read still on its way must not overwrite the answer below.
    onMutate: () => client.cancelQueries({ queryKey: offerKeys.growth }),
    onSuccess: (growth) => client.setQueryData(offerKeys.growth, growth),
  });
}
