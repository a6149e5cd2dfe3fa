/** The team server bench over every engine at hand, as figures, table rows and a Markdown section. */
import os from 'node:os';
import { benchEngine, FULL, QUICK, type EngineFigures } from './server-bench';
import { serverMarkdown, serverRows } from './server-markdown';

export interface ServerBenchRun {
  json: unknown;
  rows: string[][];
  markdown: string;
}

export async function runServerBench(options: {
  quick: boolean;
  /** PostgreSQL as well as PGlite when given. */
  databaseUrl?: string;
  log: (message: string) => void;
  command: string;
}): Promise<ServerBenchRun> {
  const sizes = options.quick ? QUICK : FULL;
  const loadStart = os.loadavg();
  const engines: EngineFigures[] = [await benchEngine('PGlite', sizes, options.log)];
  if (options.databaseUrl) engines.push(await benchEngine('PostgreSQL', sizes, options.log, options.databaseUrl));
  const loadEnd = os.loadavg();
  const date = new Date().toISOString();
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' / ');
  const machine =
    `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, shared ` +
    `(load average 1/5/15 min ${load(loadStart)} at the start, ${load(loadEnd)} at the end), Node ${process.version}`;
  return {
    json: { date, command: options.command, quick: options.quick, machine, sizes, engines },
    rows: serverRows(engines, sizes),
    markdown: serverMarkdown(engines, sizes, { date: date.slice(0, 10), command: options.command, machine }),
  };
}
