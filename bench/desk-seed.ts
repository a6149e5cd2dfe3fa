/**
 * The desk bench's team, written straight into the database before the server starts (a PGlite
 * folder has one user at a time; pushing 100,000 replies over the API runs at the server's ingest
 * rate, a few minutes on PGlite): a lead and its agents with tokens (stored hashed, as the server
 * keeps them), customers, and reply-sent events spread over the report's days with topic, place,
 * brand account and template, plus each post's post_topics row as recordReplyTopic would write it
 * for the team's first reply (topic, place, account, agent, posted_at from the snowflake id).
 */
import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret } from '../server/auth/tokens';
import { openDb, type OpenOptions } from '../server/db/db';
import { migrate } from '../server/db/migrate';
import { X_EPOCH_MS } from '../utils/x/snowflake';

export interface DeskSeedSizes {
  agents: number;
  replies: number;
  /** Korean days [from, to] the replies fall on. */
  from: string;
  to: string;
  topics: readonly string[];
  customers: number;
}

export interface SeededDesk {
  teamId: string;
  leadToken: string;
  /** Bearer tokens, one per agent. */
  tokens: string[];
}

const PLACES = ['강남', '홍대', '잠실', '판교', null];
const ACCOUNTS = ['acme_care', 'acme_care_kr'];
const TEMPLATES = 8;

export async function seedDesk(store: OpenOptions, sizes: DeskSeedSizes): Promise<SeededDesk> {
  const db = await openDb(store);
  try {
    await migrate(db);
    const [team] = await db.query<{ id: string }>('INSERT INTO teams (name) VALUES ($1) RETURNING id::text AS id', [
      `데스크 벤치 ${randomUUID().slice(0, 8)}`,
    ]);
    const teamId = team?.id ?? '';
    const leadToken = newSecret('clt');
    const tokens = Array.from({ length: sizes.agents }, () => newSecret('clt'));
    await db.transaction(async (tx) => {
      const [lead] = await tx.query<{ id: string }>(
        `INSERT INTO agents (team_id, name, role, joined_at) VALUES ($1, '팀장', 'lead', now()) RETURNING id::text AS id`,
        [teamId],
      );
      const ids = await tx.query<{ id: string }>(
        `INSERT INTO agents (team_id, name, role, joined_at)
         SELECT $1, '상담원 ' || g, 'agent', now() FROM generate_series(1, $2::int) g ORDER BY g RETURNING id::text AS id`,
        [teamId, sizes.agents],
      );
      await tx.query(
        `INSERT INTO tokens (token_hash, team_id, agent_id)
         SELECT decode(h, 'hex'), $1, a FROM unnest($2::uuid[], $3::text[]) AS t(a, h)`,
        [teamId, [lead?.id, ...ids.map((r) => r.id)], [leadToken, ...tokens].map((t) => hashSecret(t).toString('hex'))],
      );
      await tx.query(
        `INSERT INTO customers (team_id, handle, display_handle)
         SELECT $1, 'desk_' || g, 'Desk_' || g FROM generate_series(1, $2::int) g`,
        [teamId, sizes.customers],
      );
      // Reply g: its time spread evenly over the days (Korean midnight of `from` to that of the day
      // after `to`), its post written 1 to 120 minutes before, its id that moment's snowflake (the
      // reply's number as the sequence, so no two collide). Agents, topics, places, accounts and
      // templates in turn, a topic skewed so the report has more of some than others.
      await tx.query(
        `WITH c AS (SELECT array_agg(id ORDER BY id) AS ids FROM customers WHERE team_id = $1),
              a AS (SELECT array_agg(id ORDER BY name) AS ids FROM agents WHERE team_id = $1 AND role = 'agent'),
              r AS (
                SELECT g,
                       $3::timestamptz + (($4::timestamptz - $3::timestamptz) * (g - 0.5) / $2::int) AS at,
                       1 + (g * 37) % 120 AS waited
                  FROM generate_series(1, $2::int) g)
         INSERT INTO events (team_id, client_id, customer_id, agent_id, kind, at, received_at, text, status_id,
                             topic, place, account, template_id, template_title)
         SELECT $1, gen_random_uuid(), c.ids[1 + g % cardinality(c.ids)], a.ids[1 + g % cardinality(a.ids)],
                'reply-sent', r.at, r.at, '불편을 드려 죄송합니다. 확인 후 안내드리겠습니다.',
                ((((extract(epoch FROM r.at - make_interval(mins => r.waited)) * 1000)::bigint - $5::bigint) << 22)
                  | (g % 4194304))::text,
                ($6::text[])[1 + ((g::bigint * g) % 7)::int % cardinality($6::text[])],
                ($7::text[])[1 + g % cardinality($7::text[])],
                ($8::text[])[1 + g % cardinality($8::text[])],
                CASE WHEN g % 3 = 0 THEN NULL ELSE 'tpl-' || (g % $9::int) END,
                CASE WHEN g % 3 = 0 THEN NULL ELSE '템플릿 ' || (g % $9::int) END
           FROM r, c, a`,
        [
          teamId,
          sizes.replies,
          `${sizes.from}T00:00:00+09:00`,
          new Date(Date.parse(`${sizes.to}T00:00:00+09:00`) + 86_400_000).toISOString(),
          X_EPOCH_MS,
          sizes.topics,
          PLACES,
          ACCOUNTS,
          TEMPLATES,
        ],
      );
      await tx.query(
        `INSERT INTO post_topics (team_id, status_id, topic, place, account, agent_id, set_at, posted_at, answered_at)
         SELECT team_id, status_id, topic, place, account, agent_id, at,
                to_timestamp(((status_id::bigint >> 22) + $2::bigint) / 1000.0), at
           FROM events WHERE team_id = $1 AND kind = 'reply-sent'`,
        [teamId, X_EPOCH_MS],
      );
    });
    await db.query('ANALYZE');
    return { teamId, leadToken, tokens };
  } finally {
    await db.close();
  }
}

/** Removes the bench's team from a shared PostgreSQL (its rows cascade). */
export async function dropDeskTeam(store: OpenOptions, teamId: string): Promise<void> {
  const db = await openDb(store);
  try {
    await db.query('DELETE FROM teams WHERE id = $1', [teamId]);
  } finally {
    await db.close();
  }
}
