import { afterEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { startTestServer, type TestServer } from '../../server/testing';
import {
  AccessReview,
  ApiError,
  EraseResponse,
  ImportResponse,
  LookupResponse,
  PushResponse,
  SyncResponse,
} from '../../utils/team/wire';
import { koreanDay } from '../../server/routes/lead-data';
import { json, newEvent, teamWithAgents } from './helpers';

let server: TestServer;
afterEach(async () => {
  await server.close();
});

const CSV =
  '핸들,이름,고객번호,전화번호,요금제\n@Kim_Minsu,김민수,C-1,010-1234-5678,5G 프리미어\n@lee,이영희,C-2,,LTE\n';

const importCsv = (token: string, body: string | Blob, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/v1/customers/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', ...headers },
    body,
  });

describe("the lead's data routes", () => {
  it('imports a CP949 CSV, which agents then look up; problems come in the lead’s language', async () => {
    server = await startTestServer();
    const { lead, agents } = await teamWithAgents(server);
    const imported = ImportResponse.parse(
      await json(importCsv(lead.token, new Blob([new Uint8Array(iconv.encode(CSV, 'cp949'))]))),
    );
    expect(imported).toEqual({ imported: 2, problems: [] });
    const looked = LookupResponse.parse(
      await json(
        server.api('/customers/lookup', { token: agents[0]!.token, body: { customer: { handle: 'kim_minsu' } } }),
      ),
    );
    expect(looked.customer).toMatchObject({ name: '김민수', crmId: 'C-1', plan: '5G 프리미어' });

    const refused = ImportResponse.parse(
      await json(importCsv(lead.token, '핸들,이름\n잘못된 핸들!,가\n', { 'accept-language': 'ko-KR,ko;q=0.9' })),
    );
    expect(refused.imported).toBe(0);
    expect(refused.problems[1]).toMatch(/^2행: 핸들 "잘못된 핸들!"/);
    // Nothing of the file, its handles included, reaches the server's log.
    expect(server.logLines.join('\n')).not.toMatch(/Kim_Minsu|김민수|잘못된/i);
    expect(server.logLines.filter((l) => l.startsWith('POST /v1/customers/import 200 '))).toHaveLength(2);
  });

  it('leaves the data routes to leads', async () => {
    server = await startTestServer();
    const { agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    for (const response of [
      await importCsv(token, CSV),
      await server.api('/customers/erase', { token, body: { customer: { handle: 'kim' } } }),
      await server.api('/customers/export', { token, method: 'POST' }),
      await server.api('/access-review?month=2026-12', { token }),
    ]) {
      expect(response.status).toBe(403);
      expect(ApiError.parse(await response.json()).error).toBe('lead-only');
    }
  });

  it('refuses an import over the size limit before reading it', async () => {
    server = await startTestServer({ app: { importLimitBytes: 1024 } });
    const { lead } = await teamWithAgents(server);
    const response = await importCsv(lead.token, CSV + 'x'.repeat(2048));
    expect(response.status).toBe(413);
    expect(ApiError.parse(await response.json()).error).toBe('too-large');
  });

  it('an erase wakes a long-polling agent with the tombstone, and the customer is gone', async () => {
    server = await startTestServer();
    const { lead, agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    await importCsv(lead.token, CSV);
    const pushed = PushResponse.parse(
      await json(server.api('/events', { token, body: { events: [newEvent({ handle: 'Kim_Minsu' }, 'note')] } })),
    );
    const { customerId, seq } = pushed.results[0]!;
    const waiting = json(
      server.api('/sync', { token, body: { customerIds: [customerId], after: seq, waitMs: 20_000 } }),
    );
    const erased = EraseResponse.parse(
      await json(server.api('/customers/erase', { token: lead.token, body: { customer: { handle: 'kim_minsu' } } })),
    );
    expect(erased).toEqual({ erased: true });
    const synced = SyncResponse.parse(await waiting);
    expect(synced.erased).toEqual([customerId]);
    const looked = LookupResponse.parse(
      await json(server.api('/customers/lookup', { token, body: { customer: { handle: 'kim_minsu' } } })),
    );
    expect(looked.customer).toBeNull();
    const again = EraseResponse.parse(
      await json(server.api('/customers/erase', { token: lead.token, body: { customer: { handle: 'kim_minsu' } } })),
    );
    expect(again).toEqual({ erased: false });
  });

  it('exports CSV for Excel, logged, and the month review shows it with the lookups', async () => {
    const now = new Date('2026-12-07T03:00:00Z');
    server = await startTestServer({ now: () => now });
    const { lead, agents } = await teamWithAgents(server);
    await importCsv(lead.token, CSV);
    await server.api('/customers/lookup', { token: agents[0]!.token, body: { customer: { handle: 'lee' } } });
    const exported = await server.api('/customers/export', { token: lead.token, method: 'POST' });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(exported.headers.get('content-disposition')).toBe(
      'attachment; filename="careline-customers-2026-12-07.csv"',
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exported.arrayBuffer());
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFF"handle","name","customer_id","phone","email","plan","tags","note","x_user_id"',
      '"Kim_Minsu","김민수","C-1","010-1234-5678","","5G 프리미어","","",""',
    ]);

    // The access log is stamped by the database's clock: the review of this month, by that clock.
    const month = koreanDay(new Date()).slice(0, 7);
    const review = AccessReview.parse(await json(server.api(`/access-review?month=${month}`, { token: lead.token })));
    expect(review.rows.map((r) => [r.agentName, r.lookups, r.exports, r.flags.includes('export')])).toEqual([
      ['Lead', 0, 1, true],
      ['서연', 1, 0, false],
    ]);
    const byDefault = AccessReview.parse(await json(server.api('/access-review', { token: lead.token })));
    expect(byDefault.month).toBe('2026-12');
    const bad = await server.api('/access-review?month=2026-13', { token: lead.token });
    expect(bad.status).toBe(400);
  });

  it('documents the routes in the OpenAPI document', async () => {
    server = await startTestServer();
    const doc = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/customers/import',
        '/v1/customers/erase',
        '/v1/customers/export',
        '/v1/access-review',
      ]),
    );
  });
});
