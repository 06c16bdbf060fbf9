import { z } from 'zod';

export interface Issue {
  path: string;
  message: string;
}

/** An error whose status and message are safe to show the client as they are. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, `${what} not found`);

export const ErrorBodySchema = z.object({
  error: z.object({
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const errorBody = (message: string, issues?: Issue[]): ErrorBody => ({
  error: issues ? { message, issues } : { message },
});
