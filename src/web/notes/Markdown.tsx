import ReactMarkdown, { type Components } from 'react-markdown';

/** Only web and mail addresses become links; react-markdown's own urlTransform runs first. */
const LINKABLE = /^(https?:|mailto:)/i;

/**
 * How a note's Markdown becomes elements. Raw HTML is never rendered (react-markdown shows it as
 * text, since no rehype-raw is added); links open in a new tab without passing on the page; images
 * are not loaded, only named; headings start at level 4 so a note cannot take over the page's
 * outline.
 */
const COMPONENTS: Components = {
  a: ({ href, children }) =>
    href && LINKABLE.test(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    ) : (
      <span className="md-unlinked">{children}</span>
    ),
  img: ({ alt }) => <span className="md-image">[image{alt ? `: ${alt}` : ''}, not shown]</span>,
  h1: ({ children }) => <h4>{children}</h4>,
  h2: ({ children }) => <h5>{children}</h5>,
  h3: ({ children }) => <h6>{children}</h6>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
};

/** A note rendered from Markdown, safely: its own chunk, loaded with the first preview. */
export default function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown components={COMPONENTS}>{text}</ReactMarkdown>
    </div>
  );
}
