/** A calm placeholder while data loads; `aria-busy` tells assistive tech to wait. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" aria-busy="true" aria-live="polite">
      <div className="skeleton skeleton-title" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line short" />
      <p className="loading-label">{label}</p>
    </div>
  );
}
