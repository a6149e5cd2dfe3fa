import { request } from 'node:https';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import { InsecureHostError, startServer } from '../../server/main';
import { openTestDatabase } from '../../server/test-database';
import { startTestServer, type TestServer } from '../../server/testing';
import type { ApiError } from '../../utils/team/wire';
import { json, newEvent, teamWithAgents } from './helpers';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});
async function start(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

describe('the OpenAPI document', () => {
  it('lists every route the app serves under /v1, with its method', async () => {
    const server = await start();
    const doc = (await json(server.api('/openapi.json'))) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const served = (await import('../../server/app'))
      .createApp(server.deps)
      .routes.filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL' && r.path !== '/v1/openapi.json')
      // Hono writes a path parameter as :id, OpenAPI as {id}.
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(new Set(documented)).toEqual(new Set(served));
    expect(documented).toEqual(
      expect.arrayContaining([
        'POST /v1/join',
        'GET /v1/me',
        'POST /v1/leave',
        'POST /v1/invites',
        'GET /v1/agents',
        'POST /v1/agents/revoke',
        'GET /v1/settings',
        'PUT /v1/settings',
        'POST /v1/customers/lookup',
        'POST /v1/events',
        'POST /v1/sync',
      ]),
    );
  });
});

describe('limits', () => {
  it('answers 413 to a body over the limit, and stores nothing', async () => {
    const server = await start({ app: { jsonLimitBytes: 2_000 } });
    const { agents } = await teamWithAgents(server);
    const big = newEvent({ handle: 'someone' }, 'note', { text: '가'.repeat(1_000) });
    const refused = await server.api('/events', { token: agents[0]!.token, body: { events: [big] } });
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as ApiError).error).toBe('too-large');
    expect(await server.db.query('SELECT 1 FROM events')).toEqual([]);
  });

  it('answers 429 with Retry-After once a client spends its burst; other clients go on', async () => {
    const server = await start({ app: { rateLimit: { burst: 3, perSecond: 0.01 } } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await server.api('/me', { token: 'clt_first' })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await server.api('/me', { token: 'clt_first' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await limited.json()) as ApiError).error).toBe('rate-limited');
    expect((await server.api('/me', { token: 'clt_second' })).status).toBe(401);
  });
});

describe('the request log', () => {
  it('holds method, route pattern, status and time: never a handle, a token or an invite code', async () => {
    const server = await start();
    const { teamId, agents } = await teamWithAgents(server);
    const code = await server.invite(teamId, '민수');
    await server.join(code);
    const token = agents[0]!.token;
    await json(server.api('/customers/lookup', { token, body: { customer: { handle: 'secret_handle' } } }));
    await server.api('/customers/secret_handle?token=' + token);
    expect(server.logLines.filter((l) => /^POST \/v1\/customers\/lookup 200 \d+ms$/.test(l))).toHaveLength(1);
    expect(server.logLines.filter((l) => l.startsWith('GET - 404'))).toHaveLength(1);
    const all = server.logLines.join('\n');
    for (const secret of ['secret_handle', token, code, token.slice(4, 20)]) expect(all).not.toContain(secret);
    for (const line of server.logLines) expect(line).toMatch(/^(GET|POST|PUT) (\/\S*|-) \d{3} \d+ms$/);
  });
});

describe('TLS', () => {
  it('refuses to listen beyond loopback without a certificate, before opening any database', async () => {
    await expect(startServer({ host: '0.0.0.0', databaseUrl: 'postgres://nowhere.invalid/x' })).rejects.toThrow(
      InsecureHostError,
    );
    await expect(startServer({ host: '192.0.2.10', tls: { cert: 'c', key: '' } })).rejects.toThrow(/without TLS/);
  });

  it('serves HTTPS beyond loopback with a certificate and key', async () => {
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048 });
    const database = await openTestDatabase();
    const server = await startServer({
      db: database.db,
      host: '0.0.0.0',
      tls: { cert: pems.cert, key: pems.private },
      log: () => undefined,
    });
    try {
      expect(server.url).toMatch(/^https:\/\/0\.0\.0\.0:\d+$/);
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/healthz',
            ca: pems.cert,
            checkServerIdentity: () => undefined,
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => resolve(text));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(JSON.parse(body)).toEqual({ ok: true });
    } finally {
      await server.close();
      await database.close();
    }
  });
});
