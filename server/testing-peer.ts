/**
 * A second team server on the same database, for tests of the live fan-out: on PostgreSQL a real
 * second process (`npm run server -- serve --database …`), so LISTEN/NOTIFY crosses processes as in
 * production; on PGlite, which one process owns, a second server with its own live hub in this
 * process on the same database.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Db } from './db/db';
import { startServer } from './main';

export interface PeerServer {
  url: string;
  /** 'process' when it runs in a child process. */
  kind: 'process' | 'in-process';
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function startPeerServer(db: Db, databaseUrl: string | undefined): Promise<PeerServer> {
  if (!databaseUrl) {
    const server = await startServer({ db, port: 0, log: () => undefined });
    return { url: server.url, kind: 'in-process', close: () => server.close() };
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', 'serve', '--database', databaseUrl, '--port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /team server on (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the peer server exited (${code}): ${err.slice(0, 500)}`)));
  });
  return {
    url,
    kind: 'process',
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
