import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, failureMessage, sentence, setUnauthorizedListener } from './client';

const calls: { url: string; init: RequestInit }[] = [];

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
  });
}

afterEach(() => {
  calls.length = 0;
  vi.unstubAllGlobals();
  setUnauthorizedListener(null);
});

describe('apiRequest', () => {
  it('sends no body and no Content-Type when there is no body', async () => {
    answer(204);
    await expect(apiRequest('POST', '/api/auth/logout')).resolves.toBeUndefined();
    const [call] = calls;
    expect(call?.init.body).toBeUndefined();
    expect(call?.init.headers).toEqual({});
    expect(call?.init.credentials).toBe('same-origin');
  });

  it('sends JSON with its Content-Type when there is a body', async () => {
    answer(200, { id: '1', email: 'a@b.c' });
    await apiRequest('POST', '/api/auth/login', { body: { email: 'a@b.c', password: 'x' } });
    expect(calls[0]?.init.body).toBe('{"email":"a@b.c","password":"x"}');
    expect(calls[0]?.init.headers).toEqual({ 'content-type': 'application/json' });
  });

  it('turns the error body into an ApiError with issues and Retry-After', async () => {
    answer(
      429,
      { error: { message: 'too many', issues: [{ path: 'email', message: 'is bad' }] } },
      { 'retry-after': '90' },
    );
    const error = await apiRequest('POST', '/api/auth/login', { body: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      message: 'too many',
      issues: [{ path: 'email', message: 'is bad' }],
      retryAfter: 90,
    });
  });

  it('reports a 401 as a lost session unless the call expects it', async () => {
    const listener = vi.fn();
    setUnauthorizedListener(listener);
    answer(401, { error: { message: 'sign in to continue' } });
    await expect(apiRequest('GET', '/api/profile')).rejects.toThrow('sign in to continue');
    expect(listener).toHaveBeenCalledTimes(1);
    await expect(
      apiRequest('POST', '/api/auth/login', { body: {}, expectUnauthorized: true }),
    ).rejects.toThrow();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('sentence', () => {
  it('capitalizes and ends with a full stop once', () => {
    expect(sentence('the email or password is wrong')).toBe('The email or password is wrong.');
    expect(sentence('Done!')).toBe('Done!');
  });
});

describe('failureMessage', () => {
  it('names the first field problem, else the error, else the fallback', () => {
    const invalid = new ApiError(400, 'invalid input', [
      { path: 'notes', message: 'must be at most 4000 characters' },
      { path: 'name', message: 'must not be empty' },
    ]);
    expect(failureMessage(invalid)).toBe('Notes must be at most 4000 characters.');
    expect(failureMessage(new ApiError(0, 'the server cannot be reached'))).toBe(
      'The server cannot be reached.',
    );
    expect(failureMessage('something odd')).toBe('Saving failed.');
    expect(failureMessage(undefined, 'Deleting failed.')).toBe('Deleting failed.');
  });
});
