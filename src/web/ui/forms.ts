import { type Issue, sentence } from '../api/client';
import type { SummaryItem } from './ErrorSummary';

/** Error messages keyed by field path (`email`, `skills.sql`). */
export type FieldErrors = Record<string, string>;

/** The words used for field names inside server messages ("must be after startDate"). */
const FIELD_WORDS: Record<string, string> = {
  startDate: 'the start date',
  targetDate: 'the target date',
  hoursPerWeek: 'hours per week',
  currentPassword: 'the current password',
  newPassword: 'the new password',
};

/** "must be after startDate" for "Target date" → "Target date must be after the start date." */
export function describeIssue(label: string | undefined, message: string): string {
  const words = message.replace(
    /\b(startDate|targetDate|hoursPerWeek|currentPassword|newPassword)\b/g,
    (name) => FIELD_WORDS[name] ?? name,
  );
  return sentence(label ? `${label} ${words}` : words);
}

/**
 * Maps the API's issues onto the form's fields. Issues on paths the form does not know are
 * returned separately, so they still reach the summary.
 */
export function issuesToErrors(
  issues: Issue[],
  labels: Record<string, string>,
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const label = labels[issue.path];
    if (label === undefined) other.push(describeIssue(issue.path || undefined, issue.message));
    else fields[issue.path] ??= describeIssue(label, issue.message);
  }
  return { fields, other };
}

/** Summary items in the order of `order`, each pointing at its control. */
export function summaryItems(
  errors: FieldErrors,
  order: string[],
  fieldId: (path: string) => string,
  extra: string[] = [],
): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const path of order) {
    const message = errors[path];
    if (message) items.push({ message, fieldId: fieldId(path) });
  }
  for (const path of Object.keys(errors)) {
    const message = errors[path];
    if (!order.includes(path) && message) items.push({ message, fieldId: fieldId(path) });
  }
  for (const message of extra) items.push({ message });
  return items;
}

/** A loose shape check only; the server decides what an email address is. */
export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+$/.test(value.trim());

export const MIN_PASSWORD_LENGTH = 10;
