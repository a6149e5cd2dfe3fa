/**
 * Talking to the team server from the extension (background and options page only: they hold the
 * token). Every answer is checked against the wire schemas; every failure becomes a TeamError with a
 * code the pages turn into words.
 */
import type { z } from 'zod';
import { API_PREFIX, ApiError } from './wire';

export type TeamErrorCode =
  /** The server could not be reached (offline, DNS, refused connection). */
  | 'network'
  /** http:// to anything but this machine: tokens and customer data travel only over TLS. */
  | 'insecure'
  /** The token was revoked or is unknown: sync stops until the agent joins again. */
  | 'revoked'
  /** The server refused the request (bad input, not a lead, too many requests…). */
  | 'refused'
  /** The server answered something that is not Careline's API. */
  | 'bad-answer';

export class TeamError extends Error {
  constructor(
    readonly code: TeamErrorCode,
    message: string,
    readonly status?: number,
    /** The server's own code (wire ApiError.error), when it gave one. */
    readonly serverCode?: string,
    /** The refusal's whole JSON body (a 409 names what is in the way), unchecked: parse before use. */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'TeamError';
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The server's base URL, normalised, or a TeamError: https, or http only to this machine. */
export function checkServerUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new TeamError('refused', 'not a web address');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    throw new TeamError('insecure', 'the team server must use https (http only on localhost)');
  }
  if (url.username || url.password || url.search || url.hash) throw new TeamError('refused', 'not a plain web address');
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

export interface TeamCall<S extends z.ZodType> {
  serverUrl: string;
  /** e.g. '/events': the API prefix is added. */
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  token?: string;
  body?: unknown;
  /** A raw body (the CSV import) instead of JSON. */
  rawBody?: { data: Blob | string; type: string };
  answer: S;
  signal?: AbortSignal;
  /** The language the server's problems should be worded in (its Accept-Language), when not the browser's. */
  language?: 'en' | 'ko';
}

/** The request as the call describes it; a failure to reach the server becomes a TeamError. */
async function send(call: Omit<TeamCall<z.ZodType>, 'answer'>): Promise<Response> {
  const base = checkServerUrl(call.serverUrl);
  const headers: Record<string, string> = {};
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.language) headers['accept-language'] = call.language;
  let body: BodyInit | undefined;
  if (call.rawBody) {
    headers['content-type'] = call.rawBody.type;
    body = call.rawBody.data;
  } else if (call.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body);
  }
  try {
    return await fetch(`${base.href.replace(/\/+$/, '')}${API_PREFIX}${call.path}`, {
      method: call.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: call.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if (call.signal?.aborted) throw error;
    throw new TeamError('network', 'the team server could not be reached');
  }
}

/** A refusal (non-2xx) as a TeamError, with the server's own code and words when it gave them. */
function refusal(status: number, json: unknown): TeamError {
  const problem = ApiError.safeParse(json);
  const serverCode = problem.success ? problem.data.error : undefined;
  const message = problem.success ? problem.data.message : `HTTP ${status}`;
  return new TeamError(status === 401 ? 'revoked' : 'refused', message, status, serverCode, json);
}

export async function teamFetch<S extends z.ZodType>(call: TeamCall<S>): Promise<z.infer<S>> {
  const response = await send(call);
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw refusal(response.status, json);
  const parsed = call.answer.safeParse(json);
  if (!parsed.success)
    throw new TeamError('bad-answer', 'the team server answered in an unknown format', response.status);
  return parsed.data;
}

/** A text answer (a CSV export) instead of JSON: `type` is the media type it must come as. */
export async function teamFetchText(call: Omit<TeamCall<z.ZodType>, 'answer'> & { type: string }): Promise<string> {
  const response = await send(call);
  if (!response.ok) throw refusal(response.status, await response.json().catch(() => undefined));
  const type = response.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith(call.type))
    throw new TeamError('bad-answer', 'the team server answered in an unknown format', response.status);
  return response.text();
}
