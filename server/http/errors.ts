/** Every problem the server answers with is an ApiError: a stable code and an English sentence, no personal data. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ApiError } from '../../utils/team/wire';

export function fail<S extends ContentfulStatusCode>(c: Context, status: S, error: string, message: string) {
  return c.json({ error, message } satisfies ApiError, status);
}

/**
 * A zod failure as one English sentence: where (the field path) and what (zod's message). Zod's
 * messages name the expected shape, never the value received, so no personal data leaks back.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429;
const ERROR_WORDS: Record<ErrorStatus, string> = {
  400: 'The request is not valid',
  401: 'No valid token (error "unauthorized") or a revoked one (error "revoked")',
  403: 'Only a team lead can do this',
  404: 'Not found',
  409: 'Conflicts with the current state',
  413: 'The request body is too large',
  429: 'Too many requests: try again after Retry-After seconds',
};

/** The error answers a route can give, for the OpenAPI document. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  const answer = (s: S) => ({ description: ERROR_WORDS[s], content: { 'application/json': { schema: ApiError } } });
  return Object.fromEntries(statuses.map((s) => [s, answer(s)])) as Record<S, ReturnType<typeof answer>>;
}
