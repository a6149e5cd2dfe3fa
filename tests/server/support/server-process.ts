/**
 * The team server as a real operating-system process (`server/cli.ts serve`), so a test or bench can
 * kill it with SIGKILL mid-request and start it again on the same data, as a crash in production
 * would. Node runs the TypeScript through tsx's loader: one process, so the signal reaches the server
 * itself and not a wrapper.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** Where the server keeps its data: a PGlite folder, or a PostgreSQL server's URL. */
export type Store = { dataDir: string } | { databaseUrl: string };

export function storeArgs(store: Store): string[] {
  return 'databaseUrl' in store ? ['--database', store.databaseUrl] : ['--data', store.dataDir];
}

function nodeArgs(args: string[]): string[] {
  return ['--import', 'tsx', path.join(REPO_ROOT, 'server/cli.ts'), ...args];
}

/** Runs one CLI subcommand to its end and returns what it printed on stdout. */
export async function runCli(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, nodeArgs(args), { cwd: REPO_ROOT, timeout: 120_000 });
  return stdout;
}

/** The invite code `create-team` and `invite` print on their last line, alone. */
export function inviteCodeIn(output: string): string {
  const code = output.trim().split('\n').pop()?.trim() ?? '';
  if (!/^[A-Za-z0-9_-]{16,}$/.test(code)) throw new Error(`no invite code on the CLI's last line:\n${output}`);
  return code;
}

/** A TCP port nobody listens on right now (the server gets the same one after every restart). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface ServerProcessOptions {
  store: Store;
  port: number;
  /** Extra `serve` flags. */
  args?: string[];
  /** Extra environment for the server. */
  env?: Record<string, string>;
}

/** One server process at a time on a fixed port; `kill` then `start` is a crash and a restart. */
export class ServerProcess {
  readonly url: string;
  private child: ChildProcess | undefined;
  private exited: Promise<unknown> = Promise.resolve();
  /** The last lines the server printed, for a failure message. */
  private tail: string[] = [];
  starts = 0;

  constructor(private readonly options: ServerProcessOptions) {
    this.url = `http://127.0.0.1:${options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(timeoutMs = 90_000): Promise<void> {
    if (this.child) throw new Error('the server is already running');
    const args = ['serve', ...storeArgs(this.options.store), '--port', String(this.options.port)];
    const child = spawn(process.execPath, nodeArgs([...args, ...(this.options.args ?? [])]), {
      cwd: REPO_ROOT,
      env: { ...process.env, ...this.options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.starts += 1;
    const keep = (chunk: Buffer) => {
      this.tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      this.tail = this.tail.slice(-40);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = once(child, 'exit');
    child.once('exit', (code, signal) => {
      if (this.child === child) this.tail.push(`(the server exited by itself: code ${code}, signal ${signal})`);
    });
    const gone = this.exited.then(() => {
      throw new Error(`the server exited while starting:\n${this.tail.join('\n')}`);
    });
    await Promise.race([this.waitHealthy(timeoutMs), gone]);
    gone.catch(() => undefined);
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.child) throw new Error('the server was stopped while starting');
      const ok = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(2_000) })
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server did not answer /healthz within ${timeoutMs} ms:\n${this.tail.join('\n')}`);
  }

  /** A crash: SIGKILL, no chance to finish a request, flush or close the database. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    child.kill('SIGKILL');
    await this.exited;
  }

  /** An orderly stop (SIGTERM), a crash after `graceMs` if it does not end by then. */
  async stop(graceMs = 15_000): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  output(): string {
    return this.tail.join('\n');
  }
}
