/**
 * What the panel learns from the background about the live team (BackgroundApi 'careline:team-live-*',
 * 'careline:team-claim', 'careline:team-release'): never the token. Type imports only: the panel
 * reaches this file, and nothing here may lead it to the secrets database.
 */
import type { Claim } from './live-wire';

/** Not live: no team, the token refused, or the server out of reach. */
export type TeamNotLive = { state: 'solo' | 'revoked' | 'offline' };

/** A one-time ticket for one live connection, and the address to open it on. */
export type LiveTicketAnswer = TeamNotLive | { state: 'connected'; url: string; ticket: string };

/** The team's running claims, read once a connection is live (later ones arrive on it). */
export type ClaimsAnswer = TeamNotLive | { state: 'connected'; claims: Claim[] };

/** What the panel claims: the post it shows, or (in a chat) the customer. */
export type ClaimTarget = { postId: string; customerId?: undefined } | { customerId: string; postId?: undefined };

export type ClaimAnswer =
  | TeamNotLive
  /** Taken (or extended) by this agent. */
  | { state: 'connected'; claim: Claim }
  /** A colleague holds it. */
  | { state: 'claimed'; claim: Claim }
  | { state: 'refused'; message: string };

export type ReleaseAnswer =
  TeamNotLive | { state: 'connected'; released: boolean } | { state: 'refused'; message: string };
