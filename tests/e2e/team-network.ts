/**
 * The network between one agent's browser and the team server, for the team e2e tests: a proxy on
 * 127.0.0.1 that can go offline (connections refused and cut, as a laptop losing Wi-Fi) or lose the
 * answer to a request the server did handle. It also answers CORS: the browser's permission prompt
 * for the server's origin (asked at Join) cannot be answered from Playwright, so the test's proxy
 * lets the background's fetch through the way a server allowing any origin would.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-expose-headers': 'retry-after',
};

export interface TeamNetwork {
  url: string;
  setOffline(offline: boolean): void;
  /** The next answer to a request whose path ends with `path` is lost after the server handled it. */
  loseNextAnswer(path: string): void;
  /** Paths the browser asked for, in order (no bodies). */
  requests: string[];
  close(): Promise<void>;
}

export async function teamNetwork(target: string): Promise<TeamNetwork> {
  let offline = false;
  let lose: string | undefined;
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push(req.url ?? '');
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      void fetch(`${target}${req.url ?? ''}`, {
        method: req.method,
        headers,
        body: body.length ? body : undefined,
      }).then(
        async (answer) => {
          const data = Buffer.from(await answer.arrayBuffer());
          if (offline || (lose && req.url?.endsWith(lose))) {
            lose = undefined;
            req.socket.destroy();
            return;
          }
          const retryAfter = answer.headers.get('retry-after');
          res.writeHead(answer.status, {
            ...CORS,
            'content-type': answer.headers.get('content-type') ?? 'application/json',
            ...(retryAfter ? { 'retry-after': retryAfter } : {}),
          });
          res.end(data);
        },
        () => req.socket.destroy(),
      );
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setOffline(value) {
      offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    loseNextAnswer(path) {
      lose = path;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
