import '../styles/interviews.css';
import { NavLink, Route, Routes } from 'react-router';
import { PageTitle } from '../shell/PageTitle';
import { CardsView } from './CardsView';
import { CodingView } from './CodingView';
import { ReviewView } from './ReviewView';
import { RoundsView } from './RoundsView';
import { StoriesView } from './StoriesView';

const SECTIONS = [
  { to: '/interviews', label: 'Review', end: true },
  { to: '/interviews/cards', label: 'Cards', end: false },
  { to: '/interviews/rounds', label: 'Rounds', end: false },
  { to: '/interviews/stories', label: 'STAR stories', end: false },
  { to: '/interviews/coding', label: 'Coding practice', end: false },
];

/** `/interviews/*`: spaced review of the question bank, rounds, stories and coding practice. */
export function InterviewsPage() {
  return (
    <div className="interviews">
      <PageTitle title="Interviews">Interview preparation</PageTitle>
      <p className="lead">
        A few minutes of review every day beats a weekend of cramming: answer each question aloud,
        then grade yourself honestly so the hard ones come back sooner.
      </p>
      <nav className="interviews-nav" aria-label="Interview preparation">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.end} className="interviews-tab">
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<ReviewView />} />
        <Route path="cards" element={<CardsView />} />
        <Route path="rounds" element={<RoundsView />} />
        <Route path="stories" element={<StoriesView />} />
        <Route path="coding" element={<CodingView />} />
        <Route
          path="*"
          element={
            <p className="callout callout-info">
              This part of the interview area does not exist. Pick one of the sections above.
            </p>
          }
        />
      </Routes>
    </div>
  );
}
