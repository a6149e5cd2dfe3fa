/**
 * The server bench's team, written straight into the database before the server starts (a PGlite
 * folder has one user at a time): a team, its agents with tokens (stored hashed, as the server keeps
 * them), and customers through COPY as the CRM import does.
 */
import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret } from '../server/auth/tokens';
import { openDb, type OpenOptions } from '../server/db/db';
import { migrate } from '../server/db/migrate';

export interface SeededTeam {
  teamId: string;
  /** Bearer tokens, one per agent. */
  tokens: string[];
  customers: number;
}

/** The handle of bench customer `i` as an agent types it (X shows it with capitals; the server lower-cases). */
export function benchHandle(i: number): string {
  return `Bench_${i}`;
}

const CSV_COLUMNS = ['team_id', 'x_user_id', 'handle', 'display_handle', 'crm_id', 'name', 'phone', 'email', 'plan'];
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤'];

function customerCsv(teamId: string, from: number, to: number): string {
  const lines: string[] = [];
  for (let i = from; i < to; i++) {
    const name = `${SURNAMES[i % SURNAMES.length]}고객${i}`;
    const phone = `010-${String(1000 + (i % 9000)).padStart(4, '0')}-${String(i % 10_000).padStart(4, '0')}`;
    lines.push(
      [
        teamId,
        String(1_500_000_000 + i),
        benchHandle(i).toLowerCase(),
        benchHandle(i),
        `CRM-${i}`,
        name,
        phone,
        `c${i}@example.com`,
        i % 3 ? '5G 프리미엄' : 'LTE 베이직',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function seedTeam(store: OpenOptions, agents: number, customers: number): Promise<SeededTeam> {
  const db = await openDb(store);
  try {
    await migrate(db);
    const [team] = await db.query<{ id: string }>('INSERT INTO teams (name) VALUES ($1) RETURNING id::text AS id', [
      `벤치 ${randomUUID().slice(0, 8)}`,
    ]);
    const teamId = team?.id ?? '';
    const tokens = Array.from({ length: agents }, () => newSecret('clt'));
    await db.transaction(async (tx) => {
      const ids = await tx.query<{ id: string }>(
        `INSERT INTO agents (team_id, name, role, joined_at)
         SELECT $1, '상담원 ' || g, 'agent', now() FROM generate_series(1, $2::int) g RETURNING id::text AS id`,
        [teamId, agents],
      );
      await tx.query(
        `INSERT INTO tokens (token_hash, team_id, agent_id)
         SELECT decode(h, 'hex'), $1, a FROM unnest($2::uuid[], $3::text[]) AS t(a, h)`,
        [teamId, ids.map((r) => r.id), tokens.map((t) => hashSecret(t).toString('hex'))],
      );
    });
    const chunk = 20_000;
    for (let from = 0; from < customers; from += chunk) {
      await db.copyCsv('customers', CSV_COLUMNS, customerCsv(teamId, from, Math.min(customers, from + chunk)));
    }
    await db.query('ANALYZE customers');
    return { teamId, tokens, customers };
  } finally {
    await db.close();
  }
}

/** Removes the bench's team from a shared PostgreSQL (its rows cascade). */
export async function dropTeam(store: OpenOptions, teamId: string): Promise<void> {
  const db = await openDb(store);
  try {
    await db.query('DELETE FROM teams WHERE id = $1', [teamId]);
  } finally {
    await db.close();
  }
}
