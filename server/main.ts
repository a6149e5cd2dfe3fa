/**
 * Starting the team server: open and migrate the database, build the app, listen. Tokens and
 * customer data travel only over TLS, so anything but a loopback address needs a certificate.
 */
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from './app';
import { openDb, type Db } from './db/db';
import { migrate } from './db/migrate';
import type { AppDeps } from './http/env';
import { createChangeNotifier } from './http/notifier';
import { createLiveHub } from './live/hub';
import { attachLiveSocket } from './live/socket';
import { startRetentionTimer } from './store/retention';

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

export interface ServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 by default; any other interface needs `tls`. */
  host?: string;
  /** An open database (not closed by close()); otherwise one is opened from databaseUrl or dataDir. */
  db?: Db;
  databaseUrl?: string;
  dataDir?: string;
  tls?: { cert: string | Buffer; key: string | Buffer };
  log?: (line: string) => void;
  now?: () => Date;
  app?: AppOptions;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  deps: AppDeps;
  close(): Promise<void>;
}

export class InsecureHostError extends Error {
  constructor(host: string) {
    super(
      `Refusing to listen on ${host} without TLS: tokens and customer data would cross the network in clear. ` +
        'Give a certificate and key (--tls-cert, --tls-key), or listen on 127.0.0.1 behind a TLS proxy.',
    );
    this.name = 'InsecureHostError';
  }
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.includes(host) && !(options.tls?.cert && options.tls.key)) throw new InsecureHostError(host);
  const db = options.db ?? (await openDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  try {
    await migrate(db);
  } catch (error) {
    if (!options.db) await db.close();
    throw error;
  }
  const live = createLiveHub(db);
  try {
    await live.start();
  } catch (error) {
    if (!options.db) await db.close();
    throw error;
  }
  const deps: AppDeps = {
    db,
    notifier: createChangeNotifier(),
    live,
    now: options.now ?? (() => new Date()),
    log: options.log ?? ((line) => console.log(line)),
  };
  const app = createApp(deps, options.app);
  const tls = options.tls;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = tls
      ? serve({
          fetch: app.fetch,
          port: options.port ?? 0,
          hostname: host,
          createServer: createHttpsServer,
          serverOptions: { cert: tls.cert, key: tls.key },
        })
      : serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host });
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const liveSocket = attachLiveSocket(server as Parameters<typeof attachLiveSocket>[0], deps);
  // Retention (old events, access log entries past their period, expired invites): now and hourly.
  const stopRetention = startRetentionTimer(db, deps);
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${tls ? 'https' : 'http'}://${shownHost}:${port}`,
    port,
    db,
    deps,
    async close() {
      await liveSocket.close();
      await live.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Long-polling pulls would hold the server open for up to their waitMs.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await stopRetention();
      if (!options.db) await db.close();
    },
  };
}
