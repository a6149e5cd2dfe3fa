/**
 * What the options page learns from the background about the lead's desk (BackgroundApi
 * 'careline:lead-*'): the report, incidents and a topic's posts, never the token. Type imports only.
 */
import type { DeskReport, Incident } from './desk-wire';
import type { TeamErrorCode } from './client';

/** Why the desk could not be answered: no team, the token refused, or the server's refusal or absence. */
export type LeadDeskFailure =
  | { state: 'solo' | 'revoked' }
  | { state: 'failed'; code: TeamErrorCode; message: string; status?: number; serverCode?: string };

export type LeadDeskAnswer<T> = LeadDeskFailure | { state: 'ok'; value: T };

export type DeskReportAnswer = LeadDeskAnswer<DeskReport>;
export type IncidentsAnswer = LeadDeskAnswer<{ incidents: Incident[] }>;
/** The server's CSV of one topic's posts, as text. */
export type TopicExportAnswer = LeadDeskAnswer<{ csv: string }>;
