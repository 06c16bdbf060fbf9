import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

// Every page is its own chunk: the first page a visitor opens loads only what it shows.
const IntakePage = lazy(() =>
  import('../intake/IntakePage').then((m) => ({ default: m.IntakePage })),
);
const ProfilePage = lazy(() =>
  import('../profile/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const RoadmapPage = lazy(() =>
  import('../roadmap/RoadmapPage').then((m) => ({ default: m.RoadmapPage })),
);
const ProgressPage = lazy(() =>
  import('../progress/ProgressPage').then((m) => ({ default: m.ProgressPage })),
);
const JobsPage = lazy(() => import('../jobs/JobsPage').then((m) => ({ default: m.JobsPage })));
const AnalysisPage = lazy(() =>
  import('../jobs/AnalysisPage').then((m) => ({ default: m.AnalysisPage })),
);
const PipelinePage = lazy(() =>
  import('../pipeline/PipelinePage').then((m) => ({ default: m.PipelinePage })),
);
const ResumePage = lazy(() =>
  import('../resume/ResumePage').then((m) => ({ default: m.ResumePage })),
);
const PortfolioPage = lazy(() =>
  import('../portfolio/PortfolioPage').then((m) => ({ default: m.PortfolioPage })),
);
const InterviewsPage = lazy(() =>
  import('../interviews/InterviewsPage').then((m) => ({ default: m.InterviewsPage })),
);
const OffersPage = lazy(() =>
  import('../offers/OffersPage').then((m) => ({ default: m.OffersPage })),
);

export function SignedInApp() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomeRedirect />} />
        <Route path="intake" element={<IntakePage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="roadmap" element={<RoadmapPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="jobs" element={<JobsPage />} />
        <Route path="jobs/:id" element={<AnalysisPage />} />
        <Route path="applications/*" element={<PipelinePage />} />
        <Route path="resume/*" element={<ResumePage />} />
        <Route path="portfolio/*" element={<PortfolioPage />} />
        <Route path="interviews/*" element={<InterviewsPage />} />
        <Route path="offers/*" element={<OffersPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="signin" element={<Navigate to="/" replace />} />
        <Route path="signup" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
