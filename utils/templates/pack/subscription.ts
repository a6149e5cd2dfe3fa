/**
 * Subscribed packs: a team lead publishes a pack at an https URL; each agent's Careline refreshes it
 * in the background with `If-None-Match`, so an unchanged pack costs one 304. A refresh either
 * replaces the pack in one transaction or changes nothing but `lastCheckedAt` / `lastError`, or,
 * when the update adds private placeholders (review.ts), records it as `pendingReview` and keeps the
 * old version live until a person applies it from the options page (`downloadUpdate`).
 */
import { packsRepo as defaultPacksRepo, type PacksRepo } from '@/utils/db/packs-repo';
import { templatesRepo as defaultTemplatesRepo, type TemplatesRepo } from '@/utils/db/templates-repo';
import type { PackRecord } from '@/utils/db/types';
import { packProblems } from '@/utils/i18n/messages/problems-pack';
import { problemSayer } from '@/utils/i18n/problems';
import { checkWebAddress } from '@/utils/web-address';
import { MAX_PACK_BYTES } from './format';
import { parsePack, tooLarge } from './parse';
import { applyImport, planImport, type ImportPlan, type ImportTextResult } from './plan';
import { privatePlaceholderGains, type PlaceholderGain } from './review';
import { errorText } from '@/utils/error-text';

export interface SubscriptionDeps {
  packs?: PacksRepo;
  templates?: TemplatesRepo;
  /** ISO time recorded as lastCheckedAt / importedAt; tests pin it. */
  now?: string;
}

export interface CheckResult {
  /** `held`: downloaded but not applied, waiting for review (`gains` says why). */
  status: 'unchanged' | 'updated' | 'held' | 'failed';
  plan?: ImportPlan;
  gains?: PlaceholderGain[];
  error?: string;
}

export interface RefreshSummary {
  checked: number;
  updated: number;
  unchanged: number;
  held: number;
  failed: number;
  results: Array<{ packId: string; name: string } & CheckResult>;
}

/** Worded in the language of the context that checks: the page, or the background's refresh (stored as lastError). */
const say = problemSayer(packProblems);

/** A slow server must not hold the background's refresh forever. */
export const FETCH_TIMEOUT_MS = 30_000;
const LIMIT_MB = MAX_PACK_BYTES / (1024 * 1024);

/** Null when the address is acceptable, else the message to show next to the field. */
export function validatePackUrl(url: string): string | null {
  const check = checkWebAddress(url);
  switch (check.verdict) {
    case 'ok':
      return null;
    case 'empty':
      return say('pack.url.empty');
    case 'not-web':
      return say('pack.url.notAddress', { url: url.trim() });
    case 'credentials':
      return say('pack.url.credentials');
    case 'http-not-local':
      return say('pack.url.http');
    case 'scheme':
      return say('pack.url.protocol', { protocol: check.scheme });
  }
}

/** Refresh one subscribed pack. Never throws: failures come back as `failed` and are recorded on the pack. */
export async function checkSubscription(
  pack: PackRecord,
  fetchImpl: typeof fetch = fetch,
  deps: SubscriptionDeps = {},
): Promise<CheckResult> {
  const packs = deps.packs ?? defaultPacksRepo();
  const now = deps.now ?? new Date().toISOString();
  const failed = async (error: string): Promise<CheckResult> => {
    try {
      await packs.markChecked(pack.id, { lastCheckedAt: now, lastError: error });
    } catch {
      // The database itself is failing; the result still says why the refresh did not happen.
    }
    return { status: 'failed', error };
  };

  try {
    if (!pack.url) return await failed(say('pack.sub.noAddress'));
    const invalid = validatePackUrl(pack.url);
    if (invalid) return await failed(invalid);

    const got = await download(pack.url, pack.etag, fetchImpl);
    if (!got.ok) return await failed(got.error);
    if (got.notModified) {
      // The URL serves the live version again (a held update was taken back): nothing waits.
      await packs.markChecked(pack.id, { lastCheckedAt: now, lastError: undefined, pendingReview: undefined });
      return { status: 'unchanged' };
    }
    const parsed = parsePack(got.text, got.bytes, now);
    if (!parsed.ok) return await failed(parsed.error);
    if (parsed.pack.pack.id !== pack.id) {
      // Planning it would create a second pack with the same URL and leave this one stale.
      return await failed(say('pack.sub.otherPack', { served: parsed.pack.pack.id, pack: pack.id }));
    }
    const existing = await (deps.templates ?? defaultTemplatesRepo()).listByPack(pack.id);
    const plan = planImport(parsed.pack, existing, { url: pack.url, etag: got.etag, now });
    const gains = privatePlaceholderGains(plan);
    if (gains.length > 0) {
      // Not applied, and the new ETag not stored: every refresh downloads it again, so the waiting
      // update stays current (or is dropped when the lead takes the change back).
      await packs.markChecked(pack.id, {
        lastCheckedAt: now,
        lastError: undefined,
        pendingReview: { version: plan.pack.updatedAt, foundAt: now, gains },
      });
      return { status: 'held', plan, gains };
    }
    // The new pack record has no pendingReview: an update that no longer needs review clears it.
    await applyImport(plan, packs);
    return { status: 'updated', plan };
  } catch (error) {
    return failed(say('pack.sub.updateFailed', { error: errorText(error) }));
  }
}

/** The background alarm: every subscribed pack, one after the other (2 cores, and polite to servers). */
export async function refreshAllSubscriptions(
  fetchImpl: typeof fetch = fetch,
  deps: SubscriptionDeps = {},
): Promise<RefreshSummary> {
  const packs = deps.packs ?? defaultPacksRepo();
  const summary: RefreshSummary = { checked: 0, updated: 0, unchanged: 0, held: 0, failed: 0, results: [] };
  for (const pack of await packs.subscribed()) {
    const result = await checkSubscription(pack, fetchImpl, { ...deps, packs });
    summary.checked++;
    summary[result.status]++;
    summary.results.push({ packId: pack.id, name: pack.name, ...result });
  }
  return summary;
}

/**
 * First download of a pack URL: fetch, parse and plan, but do not store. The options page shows the
 * preview and calls applyImport(plan) when the agent confirms; the plan carries the URL and ETag.
 */
export async function subscribeToPack(
  url: string,
  fetchImpl: typeof fetch = fetch,
  deps: SubscriptionDeps = {},
): Promise<ImportTextResult> {
  const address = url.trim();
  const invalid = validatePackUrl(address);
  if (invalid) return { ok: false, error: invalid };
  try {
    const got = await download(address, undefined, fetchImpl);
    if (!got.ok) return { ok: false, error: got.error };
    if (got.notModified) return { ok: false, error: say('pack.sub.firstNotModified') };
    const parsed = parsePack(got.text, got.bytes, deps.now);
    if (!parsed.ok) return parsed;
    const existing = await (deps.templates ?? defaultTemplatesRepo()).listByPack(parsed.pack.pack.id);
    return { ok: true, plan: planImport(parsed.pack, existing, { url: address, etag: got.etag, now: deps.now }) };
  } catch (error) {
    return { ok: false, error: say('pack.sub.readFailed', { error: errorText(error) }) };
  }
}

/**
 * A subscribed pack's current version, planned against the library for review (the options page
 * shows the preview and applies it on confirmation). Refuses an address that now serves another pack.
 */
export async function downloadUpdate(
  pack: PackRecord,
  fetchImpl: typeof fetch = fetch,
  deps: SubscriptionDeps = {},
): Promise<ImportTextResult> {
  if (!pack.url) return { ok: false, error: say('pack.sub.noAddress') };
  const result = await subscribeToPack(pack.url, fetchImpl, deps);
  if (result.ok && result.plan.pack.id !== pack.id)
    return { ok: false, error: say('pack.sub.otherPack', { served: result.plan.pack.id, pack: pack.id }) };
  return result;
}

type Download =
  | { ok: true; notModified: true }
  | { ok: true; notModified: false; text: string; bytes: number; etag?: string }
  | { ok: false; error: string };

async function download(url: string, etag: string | undefined, fetchImpl: typeof fetch): Promise<Download> {
  const host = new URL(url).host;
  let res: Response;
  try {
    res = await fetchImpl(url, {
      headers: etag ? { 'If-None-Match': etag } : {},
      // Our own If-None-Match must reach the server, and its 304 must reach us, not the HTTP cache.
      cache: 'no-store',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, error: reachError(host, error) };
  }
  // A redirect must not downgrade the download to plain http.
  const redirected = res.url && res.url !== url ? validatePackUrl(res.url) : null;
  if (redirected) return { ok: false, error: say('pack.sub.redirected', { url: res.url, problem: redirected }) };
  if (res.status === 304 && etag) return { ok: true, notModified: true };
  if (!res.ok)
    return {
      ok: false,
      error: say('pack.sub.status', {
        host,
        status: String(res.status),
        statusText: res.statusText ? ` ${res.statusText}` : '',
      }),
    };

  const declared = Number(res.headers.get('Content-Length'));
  if (declared > MAX_PACK_BYTES) return { ok: false, error: tooLarge(declared) };
  try {
    const body = await readLimited(res);
    if (!body) return { ok: false, error: say('pack.sub.tooLarge', { limit: String(LIMIT_MB) }) };
    return {
      ok: true,
      notModified: false,
      ...body,
      ...(res.headers.get('ETag') && { etag: res.headers.get('ETag') as string }),
    };
  } catch (error) {
    return { ok: false, error: reachError(host, error) };
  }
}

/** The body as UTF-8 text, or null past MAX_PACK_BYTES (stops reading there: Content-Length can lie or be absent). */
async function readLimited(res: Response): Promise<{ text: string; bytes: number } | null> {
  if (!res.body) return { text: '', bytes: 0 };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_PACK_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder('utf-8');
  const text = chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
  return { text, bytes };
}

function reachError(host: string, error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return say('pack.sub.timeout', { host, seconds: String(FETCH_TIMEOUT_MS / 1000) });
  }
  return say('pack.sub.unreachable', { host, error: errorText(error) });
}
