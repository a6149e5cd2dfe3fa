/**
 * The handoff's shapes, shared by the panel (dialog, status), the options page (settings), the
 * background (delivery) and the reference receiver's tests. The wire format is the contract's
 * "Handoff delivery (webhook)" section: change it only together with examples/handoff-receiver/README.md.
 */

export type HandoffPriority = 'low' | 'normal' | 'high' | 'urgent';

/** The JSON body POSTed to the webhook (contract: format "careline-handoff", version 1). */
export interface HandoffPayload {
  format: 'careline-handoff';
  version: 1;
  /** UUID, also the Idempotency-Key: fixed when the handoff is created, never changed on retry. */
  id: string;
  createdAt: string;
  agent: { name: string };
  customer: { handle: string; name?: string; id?: string; phone?: string; attributes: Record<string, string> };
  conversation: { url?: string; statusId?: string; text?: string; lang?: string };
  reason: string;
  priority: HandoffPriority;
  note: string;
  /** Optional extra field (unknown fields are allowed by receivers): where the call center calls back. */
  callbackPhone?: string;
  history: { at: string; kind: 'reply' | 'note' | 'handoff'; text: string }[];
  /**
   * Only on the options page's "Send test handoff" (with the X-Careline-Test: 1 header): no customer
   * is waiting, so the receiver checks the request as usual but opens no ticket.
   */
  test?: true;
}

export type DeliveryMethod = 'webhook' | 'email' | 'crm';

/**
 * The handoff settings that may sit in extension storage: storage.local, which Chrome also gives to
 * content scripts, so a compromised x.com renderer reads it. Nothing here may be a secret.
 */
export interface StoredHandoffSettings {
  method: DeliveryMethod;
  webhookUrl: string;
  /** Optional extra header, e.g. an API key: its name here, its value in HandoffSecrets. */
  extraHeaderName: string;
  /** Per-attempt timeout of a webhook POST. */
  timeoutMs: number;
  /** E-mail delivery: the call center's address (a mailto: draft opens with the case). */
  emailTo: string;
  /** CRM delivery: a URL template like https://crm.example/new?handle={{customer.handle}}&reason={{reason}} */
  crmUrlTemplate: string;
  callCenterName: string;
  callCenterPhone: string;
  /** The reasons the agent picks from, one per entry, in the order shown. */
  reasons: string[];
  /** Reasons with their own destination (utils/handoff/routes.ts); the others use `method` and its address. */
  routes: HandoffRoute[];
}

/** One reason's own way to the call center: a webhook URL, a CRM form URL template or e-mail addresses. */
export interface HandoffRoute {
  reason: string;
  method: DeliveryMethod;
  address: string;
}

/**
 * What authenticates Careline to the call center. Kept in the extension origin's IndexedDB
 * (utils/db/secrets-repo.ts), which only the background and the options page open.
 */
export interface HandoffSecrets {
  /** HMAC-SHA256 key for X-Careline-Signature; empty: no signature header. */
  webhookSecret: string;
  /** The extra header's value (both it and the name empty: no extra header). */
  extraHeaderValue: string;
}

/** Everything a team lead sets up, as the options form shows it and the webhook delivery uses it. */
export interface HandoffSettings extends StoredHandoffSettings, HandoffSecrets {}

/** What the outbox knows about one handoff's delivery. */
export type HandoffStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** How the receiver's answer is classified (utils/handoff/response.ts). */
export type DeliveryOutcome =
  | { kind: 'sent'; httpStatus: number; ticketId?: string; message?: string }
  /** Try again later: 408, 429, 5xx, timeout, network error. `retryAfterMs` from Retry-After when given. */
  | {
      kind: 'retry';
      httpStatus?: number;
      message: string;
      retryAfterMs?: number;
      /** No answer within the timeout. */ timedOut?: true;
    }
  /** Never retried: other 4xx, redirects, answers that cannot be a success. `message` is shown to the agent. */
  | { kind: 'failed'; httpStatus?: number; message: string };
