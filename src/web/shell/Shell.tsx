import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout } from '../api/queries';
import { BrandMark } from '../auth/AuthLayout';
import { Loading } from './Loading';
import { SkipLink } from './SkipLink';
import { ThemeToggle } from './ThemeToggle';

interface NavItem {
  to: string;
  label: string;
  /** Other paths that belong to the same area ("Edit answers" lives under Profile). */
  also?: string[];
}

const NAV: NavItem[] = [
  { to: '/profile', label: 'Profile', also: ['/intake'] },
  { to: '/roadmap', label: 'Roadmap' },
  { to: '/progress', label: 'Progress' },
  { to: '/portfolio', label: 'Portfolio' },
  { to: '/jobs', label: 'Jobs' },
  { to: '/applications', label: 'Applications' },
  { to: '/resume', label: 'Resume' },
  { to: '/interviews', label: 'Interviews' },
  { to: '/offers', label: 'Offers' },
  { to: '/settings', label: 'Settings' },
];

const isCurrent = (item: NavItem, pathname: string) =>
  [item.to, ...(item.also ?? [])].some(
    (path) => pathname === path || pathname.startsWith(`${path}/`),
  );

/** The signed-in frame: header with the areas, theme and sign-out; the page in <main>. */
export function Shell() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // A chosen destination closes the menu on narrow screens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setMenuOpen(false), [pathname]);

  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => navigate('/', { replace: true }) });

  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            <BrandMark />
            mlpath
          </Link>
          <div className="header-actions">
            <ThemeToggle />
            <button
              type="button"
              className="button button-quiet header-signout"
              onClick={signOut}
              disabled={logout.isPending}
            >
              {logout.isPending ? 'Signing out…' : 'Sign out'}
            </button>
            <button
              ref={toggleRef}
              type="button"
              className="button button-quiet nav-toggle"
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                <path
                  d={menuOpen ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'}
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                />
              </svg>
              Menu
            </button>
          </div>
        </div>
        <nav
          id="main-nav"
          aria-label="Main"
          className={`app-nav${menuOpen ? ' is-open' : ''}`}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !menuOpen) return;
            setMenuOpen(false);
            toggleRef.current?.focus();
          }}
        >
          <ul>
            {NAV.map((item) => {
              const current = isCurrent(item, pathname);
              return (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    className="nav-link"
                    aria-current={current ? 'page' : undefined}
                    onClick={() => setMenuOpen(false)}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
          {/* On narrow screens sign-out moves from the header bar into the menu. */}
          <div className="nav-signout">
            <button
              type="button"
              className="button button-quiet"
              onClick={signOut}
              disabled={logout.isPending}
            >
              {logout.isPending ? 'Signing out…' : 'Sign out'}
            </button>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="page">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
