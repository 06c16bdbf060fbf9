import '../styles/roadmap.css';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { usePlan } from '../api/queries';
import type { Plan } from '../api/types';
import { SPECIALIZATION_ORDER, specializationChoice } from '../intake/options';
import { ErrorState } from '../shell/ErrorState';
import { PageTitle } from '../shell/PageTitle';
import { AllWeeks } from './AllWeeks';
import { CalendarFeed } from './CalendarFeed';
import { localToday } from './dates';
import { Estimate } from './Estimate';
import { ForecastHistory } from './ForecastHistory';
import { readable } from './labels';
import { Milestones } from './Milestones';
import { Projects } from './Projects';
import { Replan } from './Replan';
import { Skills } from './Skills';
import { Sprint } from './Sprint';
import { ThisWeek } from './ThisWeek';
import { Timeline } from './Timeline';
import { Warnings } from './Warnings';

const TITLE = 'Roadmap';

/** `/roadmap`: the dated plan built from the saved profile. */
export function RoadmapPage() {
  const plan = usePlan();
  const [subscribing, setSubscribing] = useState(false);
  const feedRef = useRef<HTMLDivElement>(null);
  // Opening the subscription brings it into view, with focus on its heading.
  useEffect(() => {
    if (!subscribing) return;
    const heading = feedRef.current?.querySelector<HTMLElement>('h2');
    heading?.focus();
  }, [subscribing]);
  return (
    <div className="roadmap">
      <div className="page-head">
        <PageTitle title={TITLE}>Your roadmap</PageTitle>
        {plan.data && (
          <div className="button-row downloads">
            <a className="button button-small" href="/api/plan.ics" download>
              <CalendarIcon />
              Add to calendar (.ics)
            </a>
            <button
              type="button"
              className="button button-small"
              aria-expanded={subscribing}
              aria-controls="calendar-feed"
              onClick={() => setSubscribing((open) => !open)}
            >
              <SyncIcon />
              Subscribe (private link)
            </button>
            <a className="button button-small" href="/api/plan.md" download>
              <DownloadIcon />
              Download as Markdown
            </a>
          </div>
        )}
      </div>
      {plan.data && subscribing && (
        <div ref={feedRef} className="calendar-feed-slot">
          <CalendarFeed id="calendar-feed" />
        </div>
      )}
      {plan.isPending ? (
        <RoadmapSkeleton />
      ) : plan.isError ? (
        <ErrorState
          what="Your roadmap could not be loaded."
          error={plan.error}
          onRetry={() => void plan.refetch()}
        />
      ) : plan.data ? (
        <Roadmap plan={plan.data} />
      ) : (
        <NoProfile />
      )}
    </div>
  );
}

function Roadmap({ plan }: { plan: Plan }) {
  const today = localToday();
  const specialization = SPECIALIZATION_ORDER.find((id) => id === plan.specialization.id);
  const label = specialization
    ? specializationChoice(specialization).label
    : readable(plan.specialization.id);
  return (
    <>
      <p className="lead">
        A dated plan built from <Link to="/profile">your answers</Link>. It changes whenever they
        do, so keep them current.
      </p>
      <Estimate estimate={plan.estimate}>
        <Replan plan={plan} />
      </Estimate>
      <Warnings warnings={plan.warnings} />
      <ForecastHistory />
      <section className="card specialization" aria-labelledby="specialization-title">
        <h2 id="specialization-title" className="section-title">
          Your specialization: {label}
        </h2>
        <p>{plan.specialization.reason}</p>
      </section>
      <Timeline plan={plan} today={today} />
      <ThisWeek weeks={plan.weeks} today={today} />
      <Sprint sprint={plan.sprint} weeks={plan.weeks} />
      <Skills plan={plan} today={today} />
      <Projects projects={plan.projects} weeks={plan.weeks} />
      <Milestones milestones={plan.milestones} />
      <AllWeeks weeks={plan.weeks} today={today} />
    </>
  );
}

/** Before the intake quiz there is nothing to plan from; the quiz is the way forward. */
function NoProfile() {
  return (
    <div className="card empty-state">
      <h2 className="section-title">Answer the intake quiz first</h2>
      <p>
        Your roadmap is built from what you tell mlpath about your background, skills and time. The
        quiz has five short steps and takes about five minutes; the roadmap appears as soon as you
        save it.
      </p>
      <Link to="/intake" className="button button-primary">
        Start the intake quiz
      </Link>
    </div>
  );
}

/** The page's shape while the plan loads, so nothing jumps when it arrives. */
function RoadmapSkeleton() {
  return (
    <div className="roadmap-skeleton" aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading your roadmap…</p>
      <div className="card" aria-hidden="true">
        <div className="skeleton skeleton-title" />
        <div className="skeleton skeleton-line" />
        <div className="skeleton skeleton-line short" />
      </div>
      <div className="card" aria-hidden="true">
        <div className="skeleton skeleton-title" />
        {[70, 45, 55, 80, 35].map((width, index) => (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholder bars
            key={index}
            className="skeleton skeleton-bar"
            style={{ width: `${width}%`, marginLeft: `${index * 6}%` }}
          />
        ))}
      </div>
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
      <rect
        x="3.5"
        y="5"
        width="17"
        height="15.5"
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
      <path
        d="M3.5 10h17M8 3v4M16 3v4"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

function SyncIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
      <path
        d="M4.5 12a7.5 7.5 0 0 1 13-5.1M19.5 12a7.5 7.5 0 0 1-13 5.1M17.5 3v4h-4M6.5 21v-4h4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
      <path
        d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19.5h14"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
