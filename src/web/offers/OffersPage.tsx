import '../styles/offers.css';
import { ErrorState } from '../shell/ErrorState';
import { PageTitle } from '../shell/PageTitle';
import { useAddOffer, useChecklist, useGrowth, useOffers } from './api';
import { Comparison } from './Comparison';
import { Growth } from './Growth';
import { OfferCard } from './OfferCard';
import { OfferForm } from './OfferForm';

/** `/offers`: record offers, compare them, work the negotiation checklist, accept one, then grow. */
export function OffersPage() {
  const offers = useOffers();
  const growth = useGrowth();
  const checklist = useChecklist();
  const add = useAddOffer();
  const inGrowth = growth.data?.mode === 'growth';

  return (
    <div className="offers">
      <PageTitle title="Offers">Offers</PageTitle>
      <p className="lead">
        Put every offer in the same terms before you answer: what the first year pays, what every
        year after pays, and what you still want to ask for.
      </p>
      {growth.isError ? (
        <ErrorState
          what="Growth mode could not be loaded."
          error={growth.error}
          onRetry={() => void growth.refetch()}
        />
      ) : (
        growth.data && inGrowth && <Growth data={growth.data} />
      )}
      <Comparison />
      <div className="offers-layout">
        <section aria-labelledby="offers-list-title" className="offers-list">
          <h2 id="offers-list-title" className="section-title">
            Your offers
          </h2>
          {offers.isPending ? (
            <div className="card" aria-busy="true">
              <p className="visually-hidden">Loading your offers…</p>
              <div className="skeleton skeleton-line" aria-hidden="true" />
            </div>
          ) : offers.isError ? (
            <ErrorState
              what="Your offers could not be loaded."
              error={offers.error}
              onRetry={() => void offers.refetch()}
            />
          ) : offers.data.length === 0 ? (
            <div className="card empty-note" data-testid="offers-empty">
              <p>
                <strong>No offers yet.</strong> When one arrives, add it with the form: base, bonus,
                equity and any sign-on, in the offer's own currency.
              </p>
            </div>
          ) : (
            offers.data.map((offer) => (
              <OfferCard key={offer.id} offer={offer} checklist={checklist.data} />
            ))
          )}
          {checklist.isError && (
            <p className="muted small">The negotiation checklist could not be loaded.</p>
          )}
        </section>
        <section className="card offers-add" aria-labelledby="offer-add-title">
          <h2 id="offer-add-title" className="section-title">
            Add an offer
          </h2>
          <p className="muted small">
            Type amounts in whole units of the offer's currency (e.g. 120000 for $120,000).
          </p>
          <OfferForm saving={add.isPending} onSave={(input) => add.mutateAsync(input)} />
        </section>
      </div>
    </div>
  );
}
