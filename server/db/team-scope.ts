/**
 * Every query on a team's data runs here: in one transaction, as the unprivileged careline_app
 * role, with the team set for row-level security. A query that forgets `WHERE team_id = …`
 * still cannot see or write another team's rows.
 */
import type { Db, Queryable } from './db';

export async function asTeam<T>(db: Db, teamId: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('careline.team_id', $1, true)`, [teamId]);
    await tx.exec('SET LOCAL ROLE careline_app');
    return fn(tx);
  });
}
