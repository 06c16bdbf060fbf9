import '../styles/portfolio.css';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../shell/NotFoundPage';
import { PageTitle } from '../shell/PageTitle';
import { NewProject } from './NewProject';
import { ProjectDetail } from './ProjectDetail';
import { ProjectList } from './ProjectList';
import { ReadinessPanel } from './ReadinessPanel';

/** `/portfolio/*`: readiness and projects; `/portfolio/new`; `/portfolio/:id`. */
export function PortfolioPage() {
  return (
    <div className="portfolio">
      <Routes>
        <Route index element={<Overview />} />
        <Route path="new" element={<NewProject />} />
        <Route path=":id" element={<ProjectDetail />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}

function Overview() {
  return (
    <>
      <PageTitle title="Portfolio">Portfolio</PageTitle>
      <p className="lead">
        What gets a career switcher to a phone screen: a few projects taken end to end, at least two
        live, each with a result measured against a baseline — and the writing that explains them.
      </p>
      <div className="portfolio-columns">
        <ProjectList />
        <ReadinessPanel />
      </div>
    </>
  );
}
