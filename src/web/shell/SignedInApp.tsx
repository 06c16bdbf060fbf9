import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AREAS } from '../areas/areas';
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
const AreaPage = lazy(() => import('../areas/AreaPage').then((m) => ({ default: m.AreaPage })));

export function SignedInApp() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomeRedirect />} />
        <Route path="intake" element={<IntakePage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="roadmap" element={<RoadmapPage />} />
        <Route path="progress" element={<ProgressPage />} />
        {AREAS.map((area) => (
          <Route key={area.path} path={area.path} element={<AreaPage area={area} />} />
        ))}
        <Route path="settings" element={<SettingsPage />} />
        <Route path="signin" element={<Navigate to="/" replace />} />
        <Route path="signup" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
