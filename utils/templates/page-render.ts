/**
 * `;shortcut` rendering for x.com's page. Whatever the content script gets back ends up in a page
 * whose scripts read everything (a composer they can swap, a paste event they can listen to), so it
 * is rendered from public values only: the handle and display name X itself shows, the agent's own
 * name and sign-off, and today. A template that uses the customer's record (utils/templates/field-privacy.ts), has
 * fill-in fields or lacks a value is answered "panel": the panel shows the filled text to the agent.
 */
import type { TemplateRecord } from '@/utils/db/types';
import type { ShortcutRender } from '@/utils/messaging/protocol';
import { recordPaths } from './field-privacy';
import { inputLabels, renderTemplate } from './render';
import { bodyFor, pickLanguage } from './variants';

/** What the content script tells of the customer: read from X's page, so public by nature. */
export interface SeenCustomer {
  handle?: unknown;
  name?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The agent's own public values: {{agent.name}} and {{agent.signoff}} (a sign-off is posted anyway). */
export interface PageAgent {
  name: string;
  signoff?: string;
}

export function renderForPage(
  template: TemplateRecord,
  seen: SeenCustomer | undefined,
  agent: PageAgent,
  tweetLang?: string,
): ShortcutRender {
  const body = bodyFor(template, pickLanguage(template, null, tweetLang));
  if (recordPaths(body).length > 0) return { kind: 'panel', why: 'private' };
  // `customer.name` is X's display name here, never the CRM's: no record is even looked up.
  const customer = { handle: text(seen?.handle), name: text(seen?.name) };
  const rendered = renderTemplate(body, {
    customer,
    agent: { name: agent.name || undefined, signoff: agent.signoff || undefined },
    ticket: {},
  });
  if (rendered.unfilled.length > 0) return { kind: 'panel', why: 'fill-in' };
  if (rendered.missing.length > 0) return { kind: 'panel', why: 'missing' };
  return { kind: 'text', text: rendered.text, cursor: rendered.cursor };
}

/** Whether `;shortcut` will hand this template to the panel for a post in `tweetLang` (the list says so). */
export function opensInPanel(template: TemplateRecord, tweetLang?: string): boolean {
  const body = bodyFor(template, pickLanguage(template, null, tweetLang));
  return recordPaths(body).length > 0 || inputLabels(body).length > 0;
}
