export interface SummaryItem {
  message: string;
  /** The id of the control to focus when the item is chosen. */
  fieldId?: string | undefined;
}

interface ErrorSummaryProps {
  items: SummaryItem[];
  title?: string;
}

/** The list of problems above a form, announced as an alert; each item leads to its field. */
export function ErrorSummary({ items, title }: ErrorSummaryProps) {
  if (items.length === 0) return null;
  const heading =
    title ?? (items.length === 1 ? 'There is a problem' : `There are ${items.length} problems`);
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary-title">{heading}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  const field = document.getElementById(item.fieldId ?? '');
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                  field.scrollIntoView({ block: 'center' });
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
