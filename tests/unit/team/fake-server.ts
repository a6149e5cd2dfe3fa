/**
 * A team server in memory that speaks utils/team/wire.ts, installed as `fetch`: requests are
 * validated with the wire's request schemas, answers are built to its response schemas. Enough of
 * the API for the extension's sync (join is the options page's): me, leave, lookup, events, sync.
 */
import { vi } from 'vitest';
import {
  LookupRequest,
  PushRequest,
  SyncRequest,
  type NewEvent,
  type TeamCustomer,
  type TeamEvent,
} from '@/utils/team/wire';
import { QueueMarksRequest, type Claim } from '@/utils/team/live-wire';

export const SERVER_URL = 'https://team.example';

interface Agent {
  id: string;
  name: string;
  token: string;
  revoked?: boolean;
}

export function fakeTeamServer() {
  let seq = 0;
  const agents = new Map<string, Agent>();
  const customers: TeamCustomer[] = [];
  const events: TeamEvent[] = [];
  const tombstones: Array<{ seq: number; customerId: string }> = [];
  /** Requests by path, and whether the next answer to a path is lost after the server did the work. */
  const calls: string[] = [];
  const loseAnswer = new Set<string>();
  let offline = false;
  /** The queue: running claims, the lead's target, and the server's clock (ms ahead of this machine's). */
  const queue = { claims: [] as Claim[], targetMinutes: 60, clockAheadMs: 0, bodies: [] as unknown[] };

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const refuse = (status: number, error: string) => json(status, { error, message: error });

  function customerFor(ref: NewEvent['customer'], create: boolean): TeamCustomer | undefined {
    const found = customers.find(
      (c) =>
        (ref.xUserId && c.xUserId === ref.xUserId) ||
        (ref.handle && c.handle === ref.handle.toLowerCase()) ||
        (ref.crmId && c.crmId === ref.crmId),
    );
    if (found || !create) return found;
    return server.addCustomer({ handle: ref.handle, xUserId: ref.xUserId, crmId: ref.crmId });
  }

  function tagsOf(c: TeamCustomer): string[] {
    let tags = [...c.crmTags];
    for (const e of events.filter((x) => x.customerId === c.id && x.tag)) {
      tags = tags.filter((t) => t !== e.tag);
      if (e.kind === 'tag-added' && e.tag) tags.push(e.tag);
    }
    return tags;
  }

  async function handle(path: string, agent: Agent, body: unknown): Promise<Response> {
    switch (path) {
      case '/v1/me':
        return json(200, {
          team: { id: 'team-1', name: 'Care' },
          agent: { id: agent.id, name: agent.name, role: 'agent' },
          settings: { cacheHours: 24, retentionDays: 1095 },
        });
      case '/v1/leave':
        agent.revoked = true;
        return json(200, { ok: true });
      case '/v1/customers/lookup': {
        const request = LookupRequest.safeParse(body);
        if (!request.success) return refuse(400, 'bad-request');
        const customer = customerFor(request.data.customer, false) ?? null;
        const own = customer ? events.filter((e) => e.customerId === customer.id) : [];
        return json(200, { customer, events: own, tags: customer ? tagsOf(customer) : [] });
      }
      case '/v1/events': {
        const request = PushRequest.safeParse(body);
        if (!request.success) return refuse(400, 'bad-request');
        if (request.data.events.some((e) => e.text === 'REFUSE')) return refuse(400, 'bad-event');
        const results = request.data.events.map((e) => {
          const stored = events.find((x) => x.clientId === e.clientId);
          if (stored) return { clientId: e.clientId, seq: stored.seq, customerId: stored.customerId, duplicate: true };
          const customer = customerFor(e.customer, true) as TeamCustomer;
          const event: TeamEvent = {
            seq: String(++seq),
            clientId: e.clientId,
            customerId: customer.id,
            kind: e.kind,
            at: e.at,
            receivedAt: new Date().toISOString(),
            agentId: agent.id,
            agentName: agent.name,
            text: e.text ?? null,
            tag: e.tag ?? null,
            statusId: e.statusId ?? null,
            handoffId: e.handoffId ?? null,
          };
          events.push(event);
          return { clientId: e.clientId, seq: event.seq, customerId: customer.id, duplicate: false };
        });
        return json(200, { results });
      }
      case '/v1/sync': {
        const request = SyncRequest.safeParse(body);
        if (!request.success) return refuse(400, 'bad-request');
        const ids = new Set(request.data.customerIds);
        const after = Number(request.data.after);
        return json(200, {
          events: events.filter((e) => ids.has(e.customerId) && Number(e.seq) > after),
          erased: tombstones.filter((t) => ids.has(t.customerId)).map((t) => t.customerId),
          cursor: String(seq),
        });
      }
      case '/v1/queue/marks': {
        queue.bodies.push(body);
        const request = QueueMarksRequest.safeParse(body);
        if (!request.success) return refuse(400, 'bad-request');
        const after = Number(request.data.after);
        const marks = events
          .filter((e) => Number(e.seq) > after && e.statusId && (e.kind === 'reply-sent' || e.kind === 'handoff'))
          .map((e) => ({
            postId: e.statusId as string,
            state: e.kind === 'handoff' ? ('handed-off' as const) : ('answered' as const),
            at: e.at,
            agentName: e.agentName,
          }));
        return json(200, {
          marks,
          claims: queue.claims,
          cursor: String(seq),
          targetMinutes: queue.targetMinutes,
          now: new Date(Date.now() + queue.clockAheadMs).toISOString(),
        });
      }
      default:
        return refuse(404, 'not-found');
    }
  }

  const server = {
    calls,
    queue,
    events,
    customers,
    setOffline(value: boolean) {
      offline = value;
    },
    /** The next answer to `path` is lost on the way back, after the server stored the request. */
    loseNextAnswer(path: string) {
      loseAnswer.add(path);
    },
    addAgent(id: string, name: string): Agent {
      const agent = { id, name, token: `token-${id}` };
      agents.set(agent.token, agent);
      return agent;
    },
    revoke(agent: Agent) {
      agent.revoked = true;
    },
    addCustomer(fields: Partial<TeamCustomer>): TeamCustomer {
      const customer: TeamCustomer = {
        id: `cust-${customers.length + 1}`,
        xUserId: null,
        handle: null,
        displayHandle: null,
        crmId: null,
        name: null,
        phone: null,
        email: null,
        plan: null,
        crmTags: [],
        attributes: {},
        note: null,
        updatedAt: new Date().toISOString(),
        ...fields,
      };
      if (customer.handle) {
        customer.displayHandle ??= customer.handle;
        customer.handle = customer.handle.toLowerCase();
      }
      customers.push(customer);
      return customer;
    },
    /** A colleague's event, as if pushed from another machine. */
    colleagueEvent(agent: Agent, customerId: string, fields: Partial<TeamEvent>): TeamEvent {
      const event: TeamEvent = {
        seq: String(++seq),
        clientId: crypto.randomUUID(),
        customerId,
        kind: 'note',
        at: new Date().toISOString(),
        receivedAt: new Date().toISOString(),
        agentId: agent.id,
        agentName: agent.name,
        text: null,
        tag: null,
        statusId: null,
        handoffId: null,
        ...fields,
      };
      events.push(event);
      return event;
    },
    erase(customerId: string) {
      const i = customers.findIndex((c) => c.id === customerId);
      if (i >= 0) customers.splice(i, 1);
      for (let j = events.length - 1; j >= 0; j--) if (events[j]?.customerId === customerId) events.splice(j, 1);
      tombstones.push({ seq: ++seq, customerId });
    },
    install() {
      vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
        const url = new URL(input);
        if (offline || url.origin !== SERVER_URL) throw new TypeError('Failed to fetch');
        calls.push(url.pathname);
        const token = String((init.headers as Record<string, string>)?.authorization ?? '').replace(/^Bearer /, '');
        const agent = agents.get(token);
        if (!agent || agent.revoked) return refuse(401, agent ? 'revoked' : 'unauthorized');
        const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
        const answer = await handle(url.pathname, agent, body);
        if (loseAnswer.delete(url.pathname)) throw new TypeError('Failed to fetch');
        return answer;
      });
      return server;
    },
  };
  return server;
}

export type FakeTeamServer = ReturnType<typeof fakeTeamServer>;
