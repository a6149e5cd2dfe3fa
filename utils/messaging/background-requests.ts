/**
 * The background's door: a message from a content script runs in x.com's renderer, so the background
 * checks every field before any handler sees it. One schema a request type, keyed like BackgroundApi:
 * a request type without a schema, or a schema that lets through another shape than the map says,
 * does not compile.
 */
import { z } from 'zod';
import { ClaimRequest } from '@/utils/team/live-wire';
import { DeskQuery, OpenIncidentRequest, Place, ResolveIncidentRequest, TopicCode } from '@/utils/team/desk-wire';
import type { BackgroundApi, BackgroundRequest, BackgroundRequestType } from './background-api';

const optionalText = z.string().optional();
/** The brand account the content script read off X's account switcher: a handle, or nothing. */
const optionalAccount = z
  .string()
  .regex(/^[A-Za-z0-9_]{1,15}$/)
  .optional();
const PostId = z.string().regex(/^\d{1,25}$/);
/** An incident's id goes into the route's path: plain characters only. */
const IncidentId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The lead's range: the first day not after the last, at most 92 days (the server's limit too). */
const DESK_MAX_DAYS = 92;
const deskRange = <T extends { from: string; to: string }>(fields: T) =>
  fields.from <= fields.to && (Date.parse(fields.to) - Date.parse(fields.from)) / 86_400_000 < DESK_MAX_DAYS;
// Strict: only the fields the server takes, nothing a page could slip past it.
const leadRequest = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ type: z.string(), ...shape });

const REQUEST_FIELDS = {
  'careline:shortcut-suggest': z.object({ prefix: z.string(), lang: optionalText, account: optionalAccount }),
  'careline:shortcut-render': z.object({
    id: z.string(),
    customer: z.object({ handle: optionalText, name: optionalText }).optional(),
    lang: optionalText,
    account: optionalAccount,
  }),
  'careline:reply-sent': z.object({
    reply: z.object({
      customer: z.object({ handle: z.string(), name: optionalText }),
      text: z.string(),
      tweetUrl: optionalText,
      statusId: optionalText,
      templateId: optionalText,
      postText: optionalText,
      suggestedId: optionalText,
      account: optionalAccount,
      topic: optionalText,
      place: optionalText,
      templateTitle: optionalText,
    }),
  }),
  'careline:handoff-queued': z.object({}),
  'careline:open-tab': z.object({ url: z.string() }),
  'careline:open-settings': z.object({}),
  'careline:team-status': z.object({}),
  'careline:team-lookup': z.object({
    customer: z.object({
      handle: z
        .string()
        .regex(/^@?[A-Za-z0-9_]{1,15}$/)
        .optional(),
      userId: z
        .string()
        .regex(/^\d{1,25}$/)
        .optional(),
      crmId: z.string().min(1).max(200).optional(),
    }),
  }),
  'careline:team-watch': z.object({}),
  'careline:team-queued': z.object({}),
  'careline:team-live-ticket': z.object({}),
  'careline:team-claims': z.object({}),
  'careline:team-claim': ClaimRequest,
  'careline:team-release': ClaimRequest,
  // Strict: a content script (x.com's renderer) may ask, and nothing but a version number goes out.
  'careline:queue-marks': z.strictObject({ type: z.string(), since: z.number().int().nonnegative().optional() }),
  'careline:lead-desk': leadRequest(DeskQuery.shape).refine(deskRange),
  'careline:lead-incidents': leadRequest({}),
  'careline:lead-incident-open': leadRequest(OpenIncidentRequest.shape),
  'careline:lead-incident-resolve': leadRequest({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
    ...ResolveIncidentRequest.shape,
  }),
  'careline:lead-topic-export': leadRequest({
    topic: TopicCode,
    from: DeskQuery.shape.from,
    to: DeskQuery.shape.to,
  }).refine(deskRange),
  // The desk's requests change the team's record in the agent's name: strict, every field checked.
  'careline:desk-incidents': z.strictObject({ type: z.string() }),
  'careline:desk-attach': z.strictObject({
    type: z.string(),
    incidentId: IncidentId,
    statusId: PostId,
    handle: z.string().regex(/^@?[A-Za-z0-9_]{1,15}$/),
  }),
  'careline:desk-next-fix': z.strictObject({ type: z.string(), incidentId: IncidentId }),
  'careline:desk-fixed': z.strictObject({ type: z.string(), incidentId: IncidentId, statusId: PostId }),
  'careline:desk-topic': z.strictObject({
    type: z.string(),
    statusId: PostId,
    topic: TopicCode,
    place: Place.nullable().optional(),
  }),
} satisfies { [K in BackgroundRequestType]: z.ZodType<BackgroundApi[K]['request']> };

/** The message as a request of a known type with the fields that type takes (others dropped), else null. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const type: unknown = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(REQUEST_FIELDS, type)) return null;
  const fields = REQUEST_FIELDS[type as BackgroundRequestType].safeParse(message);
  return fields.success ? ({ ...fields.data, type } as BackgroundRequest) : null;
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return parseBackgroundRequest(message) !== null;
}

/**
 * Requests only Careline's own pages (the panel, options) may make: the team's record is looked up in
 * the agent's name and logged by the server, so x.com's renderer (through the content script) must not
 * be able to trigger a lookup or read who the agent is in the team.
 */
const EXTENSION_PAGE_REQUESTS: ReadonlySet<BackgroundRequestType> = new Set([
  'careline:team-status',
  'careline:team-lookup',
  'careline:team-watch',
  'careline:team-queued',
  // The live connection says who is where, and a claim is made in the agent's name.
  'careline:team-live-ticket',
  'careline:team-claims',
  'careline:team-claim',
  'careline:team-release',
  // Incidents and topics are the team's record, changed in the agent's name.
  'careline:desk-incidents',
  'careline:desk-attach',
  'careline:desk-next-fix',
  'careline:desk-fixed',
  'careline:desk-topic',
]);

/**
 * Requests only the options page may make: the lead's desk shows the whole team's work and opens
 * incidents in the lead's name; the panel (an extension page framed into x.com) has no use for them.
 */
const OPTIONS_PAGE_REQUESTS: ReadonlySet<BackgroundRequestType> = new Set([
  'careline:lead-desk',
  'careline:lead-incidents',
  'careline:lead-incident-open',
  'careline:lead-incident-resolve',
  'careline:lead-topic-export',
]);

/** Whether a request of `type` from a sender at `senderUrl` may be answered (`extensionBase`: runtime.getURL('/')). */
export function senderMayAsk(
  type: BackgroundRequestType,
  senderUrl: string | undefined,
  extensionBase: string,
): boolean {
  if (OPTIONS_PAGE_REQUESTS.has(type)) {
    const page = senderUrl === undefined ? undefined : URL.parse(senderUrl);
    return page?.href.startsWith(extensionBase) === true && page.pathname === '/options.html';
  }
  return !EXTENSION_PAGE_REQUESTS.has(type) || (senderUrl?.startsWith(extensionBase) ?? false);
}
