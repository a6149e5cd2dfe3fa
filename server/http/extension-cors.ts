/**
 * Careline's own pages (options, background) call the team server from chrome-extension:// or
 * moz-extension:// origins. With the host access the agent grants at Join they need no CORS, but
 * the browser's prompt may be declined or never shown (policy installs, Firefox), so the server also
 * answers CORS, for extension origins only: a web page has no reason to call it. Bearer tokens, no
 * cookies, so no credentials are allowed.
 */
import { cors } from 'hono/cors';

const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/;

export const extensionCors = cors({
  origin: (origin) => (EXTENSION_ORIGIN.test(origin) ? origin : null),
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  // If-None-Match and ETag: agents follow team packs with them (routes/packs.ts).
  allowHeaders: ['authorization', 'content-type', 'if-none-match'],
  exposeHeaders: ['retry-after', 'etag'],
  maxAge: 600,
});
