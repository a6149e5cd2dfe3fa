/**
 * The team server for the presence bench, in a process of its own so its CPU time and memory are
 * its alone: PGlite in memory (or PostgreSQL from BENCH_DATABASE_URL), a team with `count` invited
 * agents (argv[2]), no rate limit (the bench joins hundreds of agents from one address). Prints one
 * JSON line: url, pid and the invite codes.
 */
import { asTeam } from '../server/db/team-scope';
import { startServer } from '../server/main';
import { createInvite } from '../server/store/agents';
import { createTeam } from '../server/store/teams';

const count = Number(process.argv[2] ?? 200);
const server = await startServer({
  port: 0,
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  app: { rateLimit: { burst: 1e9, perSecond: 1e9 } },
  log: () => undefined,
});
const team = await createTeam(server.db, 'Presence bench', 'Lead');
const codes: string[] = [];
for (let i = 0; i < count; i++) {
  const invite = await asTeam(server.db, team.teamId, (tx) =>
    createInvite(tx, team.teamId, { name: `Agent ${i + 1}`, role: 'agent' }, new Date()),
  );
  codes.push(invite.code);
}
console.log(JSON.stringify({ url: server.url, pid: process.pid, teamId: team.teamId, codes }));
// The bench asks for a full collection, then the memory in use (the process runs with --expose-gc):
// resident memory alone keeps pages V8 no longer uses, so it can even shrink as connections arrive.
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.log(JSON.stringify({ memory: { rss: m.rss, heapUsed: m.heapUsed, external: m.external } }));
});
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
