/**
 * Routes by reason: a handoff reason may go to its own destination (network faults to the network
 * operations webhook, billing to the CRM form, a sales lead to the sales team's address); a reason
 * without a route goes where the default method points. Addresses only: a routed webhook is signed
 * with the same secret and carries the same extra header, which stay in IndexedDB as before.
 */
import type { DeliveryMethod, HandoffRoute, StoredHandoffSettings } from './types';

type Destinations = Pick<StoredHandoffSettings, 'method' | 'webhookUrl' | 'emailTo' | 'crmUrlTemplate' | 'routes'>;

/** Reasons are matched as the form compares them: trimmed, case-insensitive. */
const sameReason = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The route of `reason`, if it has one with an address. */
export function routeOf(routes: readonly HandoffRoute[], reason: string): HandoffRoute | undefined {
  return routes.find((r) => sameReason(r.reason, reason) && r.address.trim() !== '');
}

/**
 * The settings a handoff for `reason` is delivered with: the default ones, or with the route's
 * method and its address in that method's field. Everything else (secret, header, timeout) is kept.
 */
export function settingsForReason<S extends Destinations>(settings: S, reason: string): S {
  const route = routeOf(settings.routes, reason);
  if (!route) return settings;
  const address = route.address.trim();
  const field: Record<DeliveryMethod, 'webhookUrl' | 'emailTo' | 'crmUrlTemplate'> = {
    webhook: 'webhookUrl',
    email: 'emailTo',
    crm: 'crmUrlTemplate',
  };
  return { ...settings, method: route.method, [field[route.method]]: address };
}

/** Stored routes made whole: hand-edited storage may hold anything; unknown methods and empty rows are dropped. */
export function normaliseRoutes(stored: unknown): HandoffRoute[] {
  if (!Array.isArray(stored)) return [];
  const routes: HandoffRoute[] = [];
  for (const r of stored as unknown[]) {
    if (!r || typeof r !== 'object') continue;
    const { reason, method, address } = r as Record<string, unknown>;
    if (typeof reason !== 'string' || typeof address !== 'string') continue;
    if (method !== 'webhook' && method !== 'email' && method !== 'crm') continue;
    routes.push({ reason, method, address });
  }
  return routes;
}
