/**
 * Following the team's packs: on the team's sync round the background asks the server which packs
 * the team has and checks each with its ETag, through the same import path as a subscribed pack
 * (subscription.ts), so an update that adds private placeholders waits in options → Team packs for
 * the agent's review, as any subscription's does. A team pack is a subscription whose address is
 * on the team server; only requests to those addresses carry the agent's token.
 */
import { packsRepo as defaultPacksRepo } from '@/utils/db/packs-repo';
import { templatesRepo as defaultTemplatesRepo } from '@/utils/db/templates-repo';
import type { PackRecord } from '@/utils/db/types';
import type { TeamSessionRecord } from '@/utils/db/team-session-repo';
import { applyImport } from '@/utils/templates/pack/plan';
import { privatePlaceholderGains } from '@/utils/templates/pack/review';
import {
  checkSubscription,
  subscribeToPack,
  type CheckResult,
  type SubscriptionDeps,
} from '@/utils/templates/pack/subscription';
import { checkServerUrl, teamFetch } from './client';
import { TeamPackList, teamPackPath } from './packs-wire';
import { connectedSession } from './session';
import { API_PREFIX } from './wire';

type Auth = Pick<TeamSessionRecord, 'serverUrl' | 'token'>;

const packsBase = (serverUrl: string) => `${checkServerUrl(serverUrl).href.replace(/\/+$/, '')}${API_PREFIX}/packs/`;

/** Where agents download a team pack: the address kept on its pack record. */
export function teamPackUrl(serverUrl: string, packId: string): string {
  return `${checkServerUrl(serverUrl).href.replace(/\/+$/, '')}${API_PREFIX}${teamPackPath(packId)}`;
}

/** Whether a pack's address is one of this team server's packs (so the token may go with it). */
export function isTeamPackUrl(serverUrl: string, url: string | undefined): boolean {
  try {
    return url !== undefined && url.startsWith(packsBase(serverUrl));
  } catch {
    return false;
  }
}

/** fetch that adds the agent's token to requests for the team server's packs, and to nothing else. */
export function teamPackFetch(session: Auth, fetchImpl: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!isTeamPackUrl(session.serverUrl, url)) return fetchImpl(input, init);
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${session.token}`);
    return fetchImpl(input, { ...init, headers, credentials: 'omit' });
  };
}

/** The fetch for refreshing packs now: with the token for the team's packs while joined. */
export async function packFetch(): Promise<typeof fetch> {
  const session = await connectedSession();
  return session ? teamPackFetch(session) : fetch;
}

export interface FollowResult {
  packId: string;
  status: CheckResult['status'];
  error?: string;
}

/**
 * One round: every team pack with a released version, checked or taken in. A pack the agent has from
 * elsewhere (a file, another address) under the same id is taken over by the team's.
 */
export async function followTeamPacks(
  session: Auth,
  fetchImpl: typeof fetch = fetch,
  deps: SubscriptionDeps = {},
): Promise<FollowResult[]> {
  const packs = deps.packs ?? defaultPacksRepo();
  const { packs: team } = await teamFetch({
    serverUrl: session.serverUrl,
    path: '/packs',
    token: session.token,
    answer: TeamPackList,
  });
  const authed = teamPackFetch(session, fetchImpl);
  const results: FollowResult[] = [];
  for (const pack of team) {
    if (pack.current === null) continue;
    const url = teamPackUrl(session.serverUrl, pack.packId);
    const local = await packs.get(pack.packId);
    const result =
      local?.url === url
        ? await checkSubscription(local, authed, { ...deps, packs })
        : await takeIn(url, local, authed, { ...deps, packs });
    results.push({ packId: pack.packId, status: result.status, ...(result.error && { error: result.error }) });
  }
  return results;
}

/**
 * First download of a team pack. Without new private placeholders it goes in at once; with them, the
 * pack record (the one the agent has, or an empty one) points at the team's address and waits for
 * review, its templates as they were, and no ETag kept, so every round downloads it again.
 */
async function takeIn(
  url: string,
  local: PackRecord | undefined,
  fetchImpl: typeof fetch,
  deps: SubscriptionDeps,
): Promise<CheckResult> {
  const packs = deps.packs ?? defaultPacksRepo();
  const now = deps.now ?? new Date().toISOString();
  const got = await subscribeToPack(url, fetchImpl, deps);
  if (!got.ok) return { status: 'failed', error: got.error };
  const gains = privatePlaceholderGains(got.plan);
  if (gains.length === 0) {
    await applyImport(got.plan, packs);
    return { status: 'updated', plan: got.plan };
  }
  const { etag: _etag, ...base } = local ?? {
    id: got.plan.pack.id,
    name: got.plan.pack.name,
    updatedAt: '',
    importedAt: now,
  };
  const record: PackRecord = {
    ...base,
    url,
    lastCheckedAt: now,
    pendingReview: { version: got.plan.pack.updatedAt, foundAt: now, gains },
  };
  const kept = await (deps.templates ?? defaultTemplatesRepo()).listByPack(record.id);
  await packs.replacePack(record, kept);
  return { status: 'held', plan: got.plan, gains };
}
