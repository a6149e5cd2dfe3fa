/**
 * The one registry of template variables: what `{{path}}` may name, what the agent reads for it
 * (a chip, a Fill in field, the public-reply confirmation), what it becomes (the editor's list, the
 * CRM form's table), a sample for the editor's preview, how private it is, and how its value is
 * found for a reply (`reply`) or for the CRM form's address (`crm`). The renderer, field privacy,
 * the panel, the options editor, the CRM URL and the "unknown variable" warnings all read this
 * table, so a new variable is one entry here and its words in utils/i18n/messages/variables.ts.
 *
 * Imported columns are not entries: every `customer.<column>` is one (see `columnOf`).
 */
import type { HandoffPayload } from '@/utils/handoff/types';
import { variableWords, type VariableWord } from '@/utils/i18n/messages/variables';
import { problemSayer } from '@/utils/i18n/problems';
import { ownValue } from '@/utils/own-keys';
import type { RenderValues } from './render';

const say = problemSayer(variableWords);

/**
 * - `public`: anyone reading the post on X already sees it (handle, display name), or it is the
 *   agent's own, or the date. Rendered even inside x.com's page (`;shortcut`).
 * - `record`: from Careline's records but names no person (the call center's ticket number, which
 *   "Insert ticket reply" posts on purpose). Rendered in the panel only.
 * - `private`: personal data from the record: in a public reply only once the agent confirms.
 */
export type Privacy = 'public' | 'record' | 'private';

export interface TemplateVariable {
  /** As written between the braces: `customer.plan`. */
  readonly path: string;
  /** What the agent reads for it, in the current language ("Plan", "요금제"). */
  readonly name: string;
  /** What it becomes, for a reply template (the editor's list). */
  readonly description: string;
  /** What it becomes in the CRM form's address (the options page's table). */
  readonly crmDescription: string;
  readonly privacy: Privacy;
  /** The value the options editor's sample customer gives it. */
  readonly sample?: string;
  /** Its value in a reply; absent: not a reply variable. */
  readonly reply?: (values: RenderValues) => string | undefined;
  /** Its value in the CRM form's address; absent: not a CRM variable. */
  readonly crm?: (payload: HandoffPayload) => string | undefined;
}

interface Spec extends Omit<TemplateVariable, 'name' | 'description' | 'crmDescription'> {
  word: VariableWord;
  /** The CRM table's words when they differ from the reply's. */
  crmWord?: VariableWord;
}

/** The words are read when shown: a page's language may change after this module was loaded. */
function variable({ word, crmWord, ...rest }: Spec): TemplateVariable {
  return {
    ...rest,
    get name() {
      return say(word);
    },
    get description() {
      return say(`${word}.about` as VariableWord);
    },
    get crmDescription() {
      return say(crmWord ?? (`${word}.about` as VariableWord));
    },
  };
}

const customer = (values: RenderValues, key: string): string | undefined => {
  const value = ownValue(values.customer, key);
  return typeof value === 'string' ? value : undefined;
};

export const VARIABLES: readonly TemplateVariable[] = [
  variable({
    path: 'customer.name',
    word: 'var.customer.name',
    crmWord: 'var.customer.name.crm',
    privacy: 'public',
    sample: '김민지',
    reply: (v) => customer(v, 'name'),
    crm: (p) => p.customer.name,
  }),
  variable({
    path: 'customer.handle',
    word: 'var.customer.handle',
    privacy: 'public',
    sample: 'minji_kim',
    reply: (v) => customer(v, 'handle'),
    crm: (p) => p.customer.handle.replace(/^@/, ''),
  }),
  variable({
    path: 'customer.crmName',
    word: 'var.customer.crmName',
    privacy: 'private',
    sample: '김민지',
    reply: (v) => customer(v, 'crmName'),
  }),
  variable({
    path: 'customer.id',
    word: 'var.customer.id',
    privacy: 'private',
    sample: 'C-20481',
    reply: (v) => customer(v, 'id'),
    crm: (p) => p.customer.id,
  }),
  variable({
    path: 'customer.phone',
    word: 'var.customer.phone',
    privacy: 'private',
    sample: '010-2048-1000',
    reply: (v) => customer(v, 'phone'),
    crm: (p) => p.customer.phone,
  }),
  variable({
    path: 'customer.email',
    word: 'var.customer.email',
    privacy: 'private',
    sample: 'minji@example.com',
    reply: (v) => customer(v, 'email'),
  }),
  variable({
    path: 'customer.plan',
    word: 'var.customer.plan',
    privacy: 'private',
    sample: '5G 프리미어',
    reply: (v) => customer(v, 'plan'),
  }),
  variable({
    path: 'agent.name',
    word: 'var.agent.name',
    privacy: 'public',
    sample: 'Agent',
    reply: (v) => v.agent?.name,
  }),
  // No sample: the sign-off is the agent's own (options → You); without one the gap is flagged.
  variable({ path: 'agent.signoff', word: 'var.agent.signoff', privacy: 'public', reply: (v) => v.agent?.signoff }),
  variable({
    path: 'ticket.id',
    word: 'var.ticket.id',
    privacy: 'record',
    sample: 'T-1024',
    reply: (v) => v.ticket?.id,
  }),
  variable({ path: 'today', word: 'var.today', privacy: 'public', reply: (v) => v.today ?? localDate(new Date()) }),
  // The handoff's own values: only the CRM form's address has them.
  variable({ path: 'id', word: 'var.handoff.id', privacy: 'record', crm: (p) => p.id }),
  variable({ path: 'reason', word: 'var.handoff.reason', privacy: 'record', crm: (p) => p.reason }),
  variable({ path: 'priority', word: 'var.handoff.priority', privacy: 'record', crm: (p) => p.priority }),
  variable({ path: 'note', word: 'var.handoff.note', privacy: 'private', crm: (p) => p.note }),
  variable({
    path: 'conversation.url',
    word: 'var.conversation.url',
    privacy: 'public',
    crm: (p) => p.conversation.url,
  }),
  variable({
    path: 'conversation.statusId',
    word: 'var.conversation.statusId',
    privacy: 'public',
    crm: (p) => p.conversation.statusId,
  }),
  variable({ path: 'callbackPhone', word: 'var.callbackPhone', privacy: 'private', crm: (p) => p.callbackPhone }),
];

// A Map, not an object: a path comes from a template body, and `constructor` must not find Object's member.
const BY_PATH = new Map(VARIABLES.map((v) => [v.path, v]));

/** The variables a reply template may use, in the editor's order. */
export const REPLY_VARIABLES = VARIABLES.filter((v) => v.reply);
/** The variables a CRM form's address may use, in the options page's order. */
export const CRM_VARIABLES = VARIABLES.filter((v) => v.crm);

/** The imported column a `customer.<column>` path names that no entry claims, or undefined. */
export function columnOf(path: string): string | undefined {
  if (BY_PATH.has(path) || !path.startsWith('customer.')) return undefined;
  const column = path.slice('customer.'.length);
  return column === '' ? undefined : column;
}

/** The reply variable a path names, or undefined (a column, a fill-in, or unknown). */
export function replyVariable(path: string): TemplateVariable | undefined {
  const found = BY_PATH.get(path);
  return found?.reply ? found : undefined;
}

/** A path's value in a reply: an entry's resolver, or an imported column; undefined when unknown. */
export function replyValue(values: RenderValues, path: string): string | undefined {
  const entry = replyVariable(path);
  if (entry) return entry.reply?.(values);
  const column = columnOf(path);
  return column === undefined ? undefined : customer(values, column);
}

/** Whether a reply template may name this path (an entry or an imported column). */
export function isReplyPath(path: string): boolean {
  return replyVariable(path) !== undefined || columnOf(path) !== undefined;
}

/** Unknown paths are private (from the record until known), except the agent's own settings. */
export function privacyOf(path: string): Privacy {
  return replyVariable(path)?.privacy ?? (path.startsWith('agent.') ? 'public' : 'private');
}

/** What the agent reads for a path: the entry's name, `Imported column "계좌"`, a fill-in's label, or the path. */
export function variableName(path: string): string {
  const entry = BY_PATH.get(path);
  if (entry) return entry.name;
  if (path.startsWith('input:')) return path.slice('input:'.length).trim();
  const column = columnOf(path);
  return column === undefined ? path : say('var.customer.column', { column });
}

/** The syntax that is not a value, for the editor's list (`{{input:Label}}`, `{{cursor}}`). */
export const SYNTAX: ReadonlyArray<{ readonly code: string; readonly description: string }> = [
  {
    code: '{{customer.<column>}}',
    get description() {
      return say('var.customer.column.about');
    },
  },
  {
    code: '{{input:Label}}',
    get description() {
      return say('var.input.about');
    },
  },
  {
    code: '{{cursor}}',
    get description() {
      return say('var.cursor.about');
    },
  },
];

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The value paths of a body no reply variable answers to (`{{custmer.name}}`, `{{agent.nickname}}`):
 * such a placeholder never gets a value, so the editor warns while the lead is still typing.
 */
export function unknownReplyPaths(paths: readonly string[]): string[] {
  return paths.filter((p) => !isReplyPath(p));
}

/** The registered path an unknown one was most likely meant to be (a typo of one or two letters), if any. */
export function closestVariable(
  path: string,
  among: readonly TemplateVariable[] = REPLY_VARIABLES,
): string | undefined {
  // A typo in the scope (`custmer.plan`) is still the customer's column `plan`.
  const dot = path.indexOf('.');
  const scopeFix =
    dot > 0 && path.slice(0, dot) !== 'customer' && distance(path.slice(0, dot), 'customer', 2) <= 2
      ? `customer${path.slice(dot)}`
      : undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const v of among) {
    const d = distance(path, v.path, bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [v.path, d];
  }
  return best ?? scopeFix;
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit` (paths are short; bodies may be hostile). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit || a.length > 64 || b.length > 64) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(cell);
      rowMin = Math.min(rowMin, cell);
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}
