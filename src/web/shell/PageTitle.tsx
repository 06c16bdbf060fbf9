import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Sets document.title for the page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · mlpath` : 'mlpath';
  }, [title]);
}

interface PageTitleProps {
  children: ReactNode;
  /** The document title, when it differs from the heading text. */
  title: string;
}

/**
 * The one h1 of a page. After an in-app navigation it takes focus, so a screen reader announces
 * the new page and keyboard users continue from its top. The page the browser loaded (the
 * router's "default" history entry) leaves focus where the browser put it.
 */
export function PageTitle({ children, title }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useDocumentTitle(title);
  useEffect(() => {
    if (key !== 'default') ref.current?.focus();
  }, [key]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
