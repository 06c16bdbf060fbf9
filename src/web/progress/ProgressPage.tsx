import '../styles/progress.css';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useCatalogSkills, useDashboard, usePlan, useRunway } from '../api/queries';
import type { Dashboard, Plan } from '../api/types';
import { PipelineDashboardCard } from '../pipeline/DashboardCard';
import { PortfolioDashboardCard } from '../portfolio/DashboardCard';
import { readable } from '../roadmap/labels';
import { ErrorState } from '../shell/ErrorState';
import { PageTitle } from '../shell/PageTitle';
import { Alerts } from './Alerts';
import { PastCheckins, WeeklyCheckin } from './Checkin';
import { hoursNumber } from './duration';
import { Evidence } from './Evidence';
import { ForecastCard } from './ForecastCard';
import { HeatmapView } from './HeatmapView';
import { Networking } from './Networking';
import { QuickLog } from './QuickLog';
import { RunwaySection } from './RunwaySection';
import { Statuses } from './Statuses';
import { TimeLog } from './TimeLog';
import { targetGroups, targetValue } from './targets';
import { WeekVsPlan } from './WeekVsPlan';

const Charts = lazy(() => import('./Charts'));

/** `/progress`: log the work, see it against the plan, and let the coach speak up. */
export function ProgressPage() {
  const dashboard = useDashboard();
  const plan = usePlan();
  const failed = dashboard.isError ? dashboard : plan.isError ? plan : null;
  return (
    <div className="progress">
      <PageTitle title="Progress">Your progress</PageTitle>
      {failed ? (
        <ErrorState
          what="Your progress could not be loaded."
          error={failed.error}
          onRetry={() => {
            void dashboard.refetch();
            void plan.refetch();
          }}
        />
      ) : dashboard.isPending || plan.isPending ? (
        <ProgressSkeleton />
      ) : dashboard.data && plan.data ? (
        <ProgressView dashboard={dashboard.data} plan={plan.data} />
      ) : (
        <NoProfile />
      )}
    </div>
  );
}

function ProgressView({ dashboard, plan }: { dashboard: Dashboard; plan: Plan }) {
  const catalog = useCatalogSkills();
  const runway = useRunway();
  const targets = targetGroups(plan, dashboard.week);
  const catalogTitles = new Map(catalog.data?.map((skill) => [skill.id, skill.title]));
  const titleOf = (kind: string, id: string) =>
    targets.byValue.get(targetValue(kind as 'skill', id))?.title ??
    (kind === 'skill' ? catalogTitles.get(id) : undefined) ??
    readable(id);
  const { totals } = dashboard;
  const fresh = totals.entries === 0;

  return (
    <>
      <p className="lead">
        Log what you do, see it against <Link to="/roadmap">your roadmap</Link>, and let the coach
        point out the usual traps before they cost you months.
      </p>
      {fresh ? (
        <div className="card empty-state start-here">
          <h2 className="section-title">Start here</h2>
          <ol>
            <li>
              <strong>Log your first session</strong> in the form below — what you worked on and for
              how long. Your week, streak and forecast start from it.
            </li>
            <li>
              <strong>Mark the skills you already have</strong> as done, so the plan stops
              scheduling them.
            </li>
            <li>
              <strong>Set your money runway</strong> at the bottom of the page, to see whether your
              savings last until a likely offer.
            </li>
          </ol>
        </div>
      ) : (
        <ul className="totals" aria-label="Totals">
          <li>
            <strong>{hoursNumber(totals.hours)} h</strong> logged
          </li>
          <li>
            <strong>{totals.entries}</strong> {totals.entries === 1 ? 'session' : 'sessions'}
          </li>
          <li>
            <strong>{totals.skillsDone}</strong> skills done
          </li>
          <li>
            <strong>{totals.projectsShipped}</strong> projects shipped
          </li>
          <li>
            <strong>{totals.networking}</strong> networking
          </li>
        </ul>
      )}
      <QuickLog targets={targets} />
      <Alerts alerts={dashboard.alerts} />
      {/* Before the first session there is no week to look back on. */}
      {!fresh && (
        <WeeklyCheckin
          weekStart={dashboard.checkin.weekStart}
          done={dashboard.checkin.done}
          titleOf={titleOf}
        />
      )}
      <div className="progress-grid">
        <WeekVsPlan week={dashboard.week} titleOf={titleOf} />
        <ForecastCard dashboard={dashboard} />
      </div>
      <div className="progress-grid">
        <PipelineDashboardCard />
        <PortfolioDashboardCard />
      </div>
      <section className="card" aria-labelledby="charts-title">
        <h2 id="charts-title" className="section-title">
          Trends
        </h2>
        <Suspense fallback={<p className="muted">Loading the charts…</p>}>
          <Charts dashboard={dashboard} part="progress" />
        </Suspense>
        <HeatmapView today={dashboard.today} days={dashboard.heatmap} />
      </section>
      <Statuses plan={plan} />
      <TimeLog titleOf={titleOf} />
      <PastCheckins />
      <div className="progress-grid">
        <Networking />
        <Evidence targets={targets} />
      </div>
      {runway.isPending ? (
        <p className="muted">Loading your runway…</p>
      ) : runway.isError ? (
        <ErrorState
          what="Your runway could not be loaded."
          error={runway.error}
          onRetry={() => void runway.refetch()}
        />
      ) : (
        <RunwaySection dashboard={dashboard} saved={runway.data} />
      )}
    </>
  );
}

/** Before the intake quiz there is no plan to log against; the quiz is the way forward. */
function NoProfile() {
  return (
    <div className="card empty-state">
      <h2 className="section-title">Answer the intake quiz first</h2>
      <p>
        Progress is measured against your plan, and the plan is built from what you tell mlpath
        about your background, skills and time. The quiz takes about five minutes.
      </p>
      <Link to="/intake" className="button button-primary">
        Start the intake quiz
      </Link>
    </div>
  );
}

function ProgressSkeleton() {
  return (
    <div className="progress-skeleton" aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading your progress…</p>
      {[0, 1, 2].map((card) => (
        <div key={card} className="card" aria-hidden="true">
          <div className="skeleton skeleton-title" />
          <div className="skeleton skeleton-line" />
          <div className="skeleton skeleton-line short" />
        </div>
      ))}
    </div>
  );
}
