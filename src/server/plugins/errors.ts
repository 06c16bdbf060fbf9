import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorBody, HttpError, type Issue } from '../errors.js';

const LOCATION: Record<string, string> = {
  body: '',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function validationIssues(error: FastifyError): Issue[] {
  const root = LOCATION[error.validationContext ?? 'body'] ?? '';
  return (error.validation ?? []).map((item) => {
    const segments = item.instancePath.split('/').filter(Boolean);
    const keys = (item.params as { keys?: string[] }).keys;
    if (item.keyword === 'unrecognized_keys' && keys?.length) {
      return {
        path: [root, ...segments, keys[0]].filter(Boolean).join('.'),
        message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((key) => `"${key}"`).join(', ')}`,
      };
    }
    const path = [root, ...segments].filter(Boolean).join('.') || root || 'body';
    return { path, message: item.message ?? 'is invalid' };
  });
}

/** Fastify's own client errors whose messages are fine to show, keyed by code. */
const CLIENT_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'the request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'send the body as application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the JSON body is empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'the Content-Length header does not match the body',
};

/**
 * One error shape for the whole API: `{"error":{"message","issues?"}}`. Client mistakes keep
 * their 4xx status; anything else is logged with the request id and answered without internals.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      if (error.headers) reply.headers(error.headers);
      return reply.code(error.statusCode).send(errorBody(error.message, error.issues));
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      return reply.code(400).send(errorBody('the request is invalid', validationIssues(error)));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message =
        CLIENT_MESSAGES[error.code] ??
        (error.code?.startsWith('FST_') ? 'the request is invalid' : error.message);
      return reply.code(status).send(errorBody(message));
    }
    request.log.error({ err: error, reqId: request.id }, 'request failed');
    return reply
      .code(500)
      .send(
        errorBody(`something went wrong on the server (request ${request.id}); it has been logged`),
      );
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(errorBody(`no route ${request.method} ${request.url.split('?')[0]}`));
  });
}
