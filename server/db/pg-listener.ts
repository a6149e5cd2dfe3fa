/**
 * LISTEN on PostgreSQL needs one connection of its own (a pooled one goes back to the pool and
 * forgets what it listened to). Opened on the first listen; when it drops (server restart, network)
 * it is opened again with a growing pause and every channel is listened to again. Notifications
 * sent while it was down are lost: the live hub re-announces presence every 15 s for that reason.
 */
import pg from 'pg';
import { ident } from './db';

type Handler = (payload: string) => void;

export interface Listener {
  listen(channel: string, onPayload: Handler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function createListener(url: string): Listener {
  const channels = new Map<string, Set<Handler>>();
  let client: Promise<pg.Client> | undefined;
  let closed = false;
  let retryMs = 250;

  const connect = (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      for (const handler of [...(channels.get(n.channel) ?? [])]) handler(n.payload ?? '');
    });
    c.on('error', () => reconnect(c));
    c.on('end', () => reconnect(c));
    return c.connect().then(async () => {
      for (const channel of channels.keys()) await c.query(`LISTEN ${ident(channel)}`);
      retryMs = 250;
      return c;
    });
  };
  const reconnect = (dead: pg.Client) => {
    if (closed || !client) return;
    const current = client;
    void current.then(
      (c) => {
        if (c !== dead) return;
        client = undefined;
        setTimeout(() => {
          if (!closed && !client) client = connect().catch(retry);
        }, retryMs);
        retryMs = Math.min(retryMs * 2, 10_000);
      },
      () => undefined,
    );
  };
  const retry = (error: unknown): Promise<pg.Client> => {
    if (closed) throw error;
    return new Promise((resolve) => setTimeout(resolve, (retryMs = Math.min(retryMs * 2, 10_000)))).then(() =>
      connect().catch(retry),
    );
  };

  return {
    async listen(channel, onPayload) {
      ident(channel);
      let handlers = channels.get(channel);
      const first = !handlers;
      if (!handlers) channels.set(channel, (handlers = new Set()));
      handlers.add(onPayload);
      if (!client) client = connect();
      else if (first) await (await client).query(`LISTEN ${ident(channel)}`);
      await client;
      return async () => {
        handlers.delete(onPayload);
        if (handlers.size || channels.get(channel) !== handlers) return;
        channels.delete(channel);
        if (client && !closed) await (await client).query(`UNLISTEN ${ident(channel)}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      const c = await client?.catch(() => undefined);
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
