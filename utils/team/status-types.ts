/**
 * What Careline's pages learn about the team from the background (BackgroundApi): never the token.
 * No imports: the panel and the content script reach this file, and nothing here may lead them to
 * the secrets database.
 */
export type TeamStatus =
  | { state: 'solo' }
  /** `revoked`: the server refused the token; sync stopped, everything local kept. */
  | { state: 'connected' | 'revoked'; team: string; agent: { id: string; name: string } };

/** `offline`: the team server could not be reached; the card shows what this machine has. */
export type TeamLookupAnswer = { state: 'solo' | 'revoked' | 'offline' } | { state: 'connected'; found: boolean };
export type TeamWatchAnswer = { state: 'solo' | 'revoked' | 'offline' } | { state: 'connected'; changed: boolean };
