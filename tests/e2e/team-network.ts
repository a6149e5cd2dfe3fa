/**
 * The network between one agent's browser and the team server, for the team e2e tests: a proxy on
 * 127.0.0.1 that passes requests and answers through as they are (CORS included: the server's own
 * answer to Careline's origin is what lets the background's fetch through), and can go offline
 * (connections refused and cut, as a laptop losing Wi-Fi) or lose the answer to a request the server
 * did handle. WebSocket upgrades (the panel's live connection) are passed through byte for byte, and
 * cut too when it goes offline.
 */
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

/** Headers that belong to one connection, not to the request or answer. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

export interface TeamNetwork {
  url: string;
  setOffline(offline: boolean): void;
  /** The next answer to a request whose path ends with `path` is lost after the server handled it. */
  loseNextAnswer(path: string): void;
  /** WebSocket upgrades (the panel's live connection) refused while set; plain requests pass. */
  refuseLive(refuse: boolean): void;
  /** Requests whose path ends with `path` refused (connection cut) until called with null. */
  refusePath(path: string | null): void;
  /** Paths the browser asked for, in order (no bodies). */
  requests: string[];
  close(): Promise<void>;
}

export async function teamNetwork(target: string): Promise<TeamNetwork> {
  let offline = false;
  let lose: string | undefined;
  let liveRefused = false;
  let refusedPath: string | null = null;
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    if (offline || (refusedPath !== null && (req.url ?? '').endsWith(refusedPath))) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push(req.url ?? '');
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers[name] = value;
      void fetch(`${target}${req.url ?? ''}`, {
        method: req.method,
        headers,
        body: body.length ? body : undefined,
        redirect: 'manual',
      }).then(
        async (answer) => {
          const data = Buffer.from(await answer.arrayBuffer());
          if (offline || (lose && req.url?.endsWith(lose))) {
            lose = undefined;
            req.socket.destroy();
            return;
          }
          const passed: Record<string, string> = {};
          answer.headers.forEach((value, name) => {
            if (!HOP_BY_HOP.has(name)) passed[name] = value;
          });
          res.writeHead(answer.status, passed);
          res.end(data);
        },
        () => req.socket.destroy(),
      );
    });
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    if (offline || liveRefused) {
      socket.destroy();
      return;
    }
    requests.push(req.url ?? '');
    const to = new URL(target);
    const upstream = net.connect(Number(to.port), to.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    socket.on('close', () => upstream.destroy());
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
    refuseLive(refuse) {
      liveRefused = refuse;
    },
    refusePath(path) {
      refusedPath = path;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
