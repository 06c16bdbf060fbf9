import type { ReactNode } from 'react';
import { SkipLink } from '../shell/SkipLink';
import { ThemeToggle } from '../shell/ThemeToggle';

/** The frame of the signed-out pages: the name, the theme switch and one narrow column. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="header-bar">
          <span className="brand">
            <BrandMark />
            mlpath
          </span>
          <div className="header-actions">
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page page-auth">
        {children}
      </main>
    </>
  );
}

export function BrandMark() {
  return (
    <svg aria-hidden="true" className="brand-mark" viewBox="0 0 32 32" width="26" height="26">
      <rect width="32" height="32" rx="7" />
      <path d="M7 23l6-8 5 5 7-11" />
    </svg>
  );
}
