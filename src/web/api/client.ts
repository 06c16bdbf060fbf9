/** One problem with one field of a request body, as the API reports it. */
export interface Issue {
  /** A dotted path relative to the request body, e.g. `skills.sql`. */
  path: string;
  message: string;
}

/** Any answer of the API that is not a success, and network failures (status 0). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    message: string,
    readonly issues: Issue[] = [],
    /** Seconds from a `Retry-After` header (429), when the server sent one. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);

type UnauthorizedListener = () => void;
let unauthorizedListener: UnauthorizedListener | null = null;

/** Called whenever a call answers 401: the session has ended (expired, revoked elsewhere…). */
export function setUnauthorizedListener(listener: UnauthorizedListener | null): void {
  unauthorizedListener = listener;
}

interface RequestOptions {
  /** A JSON body. Without it no body and no Content-Type are sent at all. */
  body?: unknown;
  /** A CSV body sent as text/csv, instead of JSON (the time-log import). */
  csv?: string;
  /** Treat 401 as an ordinary answer of this call (wrong credentials), not a lost session. */
  expectUnauthorized?: boolean;
}

function parseIssues(value: unknown): Issue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Issue =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as Issue).path === 'string' &&
      typeof (item as Issue).message === 'string',
  );
}

function errorFrom(response: Response, data: unknown): ApiError {
  const error = (data as { error?: { message?: unknown; issues?: unknown } } | null)?.error;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : `the server answered ${response.status} ${response.statusText}`.trim();
  const retryHeader = response.headers.get('retry-after');
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null;
  return new ApiError(response.status, message, parseIssues(error?.issues), retryAfter);
}

/**
 * Calls the API on the same origin with the session cookie. JSON in, JSON out; a 204 resolves to
 * undefined. Requests without a body carry neither a body nor a Content-Type, because the server
 * refuses both on routes that take none.
 */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  // No custom headers on a GET: the preloads in index.html must match these requests exactly.
  const headers: Record<string, string> = {};
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    init.body = options.csv;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'the server could not be reached; check the connection and try again');
  }

  const text = response.status === 204 ? '' : await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }

  if (!response.ok) {
    const error = errorFrom(response, data);
    if (response.status === 401 && !options.expectUnauthorized) unauthorizedListener?.();
    throw error;
  }
  return (response.status === 204 ? undefined : data) as T;
}

/**
 * What a failed save says to the person: the first field problem the API reported ("notes must
 * be at most 4000 characters."), else the error's own message, else `fallback`.
 */
export function failureMessage(failure: unknown, fallback = 'Saving failed.'): string {
  const issue = isApiError(failure) ? failure.issues[0] : undefined;
  if (issue) return sentence(`${issue.path} ${issue.message}`);
  return failure instanceof Error && failure.message ? sentence(failure.message) : fallback;
}

/** "the email or password is wrong" → "The email or password is wrong." */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
