/** Where the inserted text goes relative to what the agent already typed. */
export type InsertMode = 'insert' | 'append' | 'replace';

export type InsertOutcome =
  | { ok: true; strategy: InsertStrategyName }
  | { ok: false; reason: 'no-composer' | 'not-registered'; missing?: string };

export type InsertStrategyName = 'paste-event' | 'exec-command' | 'textarea-setter';
