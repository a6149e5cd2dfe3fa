/**
 * Team packs (migration 009): publish, the current version for agents (with its ETag), the version
 * list, rollback and approval. Every function runs inside asTeam. Publishing and rolling back lock
 * the pack's row first (the upsert), so two leads publishing at once get versions n and n+1.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/db';
import type { AuthSession } from '../http/env';
import { sensitiveChanges } from '../../utils/templates/pack/sensitive';
import type { PackFile } from '../../utils/templates/pack/format';
import type { SensitiveChange, TeamPackSummary, TeamPackVersion, TeamPackVersions } from '../../utils/team/packs-wire';
import { iso, isoOrNull } from './rows';

/** Why a rollback or approval was refused; the route turns it into 404 / 409 / 403. */
export class PackRefusal extends Error {
  constructor(
    readonly status: 403 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type VersionRow = {
  version: number;
  templates: number;
  sensitive: SensitiveChange[] | string;
  published_by: string;
  publisher: string;
  published_at: unknown;
  rolled_back_from: number | null;
  approved_by: string | null;
  approver: string | null;
  approved_at: unknown;
  released_at: unknown;
};

const VERSION_COLUMNS = `v.version, v.templates, v.sensitive, v.published_by::text AS published_by,
  p.name AS publisher, v.published_at, v.rolled_back_from, v.approved_by::text AS approved_by,
  ap.name AS approver, v.approved_at, v.released_at`;
const VERSION_FROM = `team_pack_versions v JOIN agents p ON p.id = v.published_by LEFT JOIN agents ap ON ap.id = v.approved_by`;

function toVersion(r: VersionRow, current: number | null): TeamPackVersion {
  const released = r.released_at !== null && r.released_at !== undefined;
  return {
    version: r.version,
    state: released ? 'released' : current !== null && r.version < current ? 'superseded' : 'waiting',
    current: r.version === current,
    templates: r.templates,
    publishedAt: iso(r.published_at),
    publishedBy: { id: r.published_by, name: r.publisher },
    rolledBackFrom: r.rolled_back_from,
    // PGlite and pg both parse jsonb; a string is parsed to be sure.
    sensitive: typeof r.sensitive === 'string' ? (JSON.parse(r.sensitive) as SensitiveChange[]) : r.sensitive,
    approvedBy: r.approved_by && r.approver ? { id: r.approved_by, name: r.approver } : null,
    approvedAt: isoOrNull(r.approved_at),
  };
}

/** The pack's row, locked for this transaction (created on the first publish). */
async function lockPack(tx: Queryable, teamId: string, packId: string, name: string | null, now: Date) {
  if (name !== null) {
    await tx.query(
      `INSERT INTO team_packs (team_id, pack_id, name, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (team_id, pack_id) DO UPDATE SET name = EXCLUDED.name`,
      [teamId, packId, name, now],
    );
  }
  const [row] = await tx.query<{ current_version: number | null; latest: number | null }>(
    `SELECT p.current_version,
            (SELECT max(version) FROM team_pack_versions v WHERE v.team_id = p.team_id AND v.pack_id = p.pack_id) AS latest
       FROM team_packs p WHERE p.team_id = $1 AND p.pack_id = $2 FOR UPDATE`,
    [teamId, packId],
  );
  return row ? { current: row.current_version, latest: row.latest ?? 0 } : null;
}

async function fileOf(tx: Queryable, teamId: string, packId: string, version: number): Promise<string | null> {
  const [row] = await tx.query<{ file: string }>(
    'SELECT file FROM team_pack_versions WHERE team_id = $1 AND pack_id = $2 AND version = $3',
    [teamId, packId, version],
  );
  return row?.file ?? null;
}

/** The file as agents download it: the publish time is its version date, so agents see when it changed. */
function stamp(file: PackFile, at: Date): { text: string; etag: string } {
  const text = `${JSON.stringify({ ...file, pack: { ...file.pack, updatedAt: at.toISOString() } }, null, 2)}\n`;
  return { text, etag: `"${createHash('sha256').update(text).digest('hex').slice(0, 32)}"` };
}

async function insertVersion(
  tx: Queryable,
  session: AuthSession,
  packId: string,
  version: number,
  file: PackFile,
  extra: { sensitive: SensitiveChange[]; rolledBackFrom: number | null; release: boolean },
  now: Date,
): Promise<void> {
  const { text, etag } = stamp(file, now);
  await tx.query(
    `INSERT INTO team_pack_versions
       (team_id, pack_id, version, file, etag, templates, sensitive, published_by, published_at, rolled_back_from, released_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11)`,
    [
      session.teamId,
      packId,
      version,
      text,
      etag,
      file.templates.length,
      JSON.stringify(extra.sensitive),
      session.agentId,
      now,
      extra.rolledBackFrom,
      extra.release ? now : null,
    ],
  );
  if (extra.release)
    await tx.query('UPDATE team_packs SET current_version = $3 WHERE team_id = $1 AND pack_id = $2', [
      session.teamId,
      packId,
      version,
    ]);
}

/** A new version of the pack; released at once unless it adds or changes a sensitive template. */
export async function publishPack(tx: Queryable, session: AuthSession, file: PackFile, now: Date) {
  const packId = file.pack.id;
  const pack = await lockPack(tx, session.teamId, packId, file.pack.name, now);
  if (!pack) throw new Error('a pack just written is missing');
  const releasedText = pack.current === null ? null : await fileOf(tx, session.teamId, packId, pack.current);
  const released = releasedText === null ? null : (JSON.parse(releasedText) as PackFile);
  const sensitive = sensitiveChanges(file, released).map((t) => ({ id: t.id, title: t.title, body: t.body }));
  const version = pack.latest + 1;
  await insertVersion(
    tx,
    session,
    packId,
    version,
    file,
    { sensitive, rolledBackFrom: null, release: sensitive.length === 0 },
    now,
  );
  return versionsOf(tx, session.teamId, packId);
}

/** The text of an earlier released version again, as a new version, released at once: a lead approved it before. */
export async function rollBackPack(tx: Queryable, session: AuthSession, packId: string, target: number, now: Date) {
  const pack = await lockPack(tx, session.teamId, packId, null, now);
  if (!pack) throw new PackRefusal(404, 'not-found', 'The team has no pack with this id.');
  const [row] = await tx.query<{ file: string; released_at: unknown }>(
    'SELECT file, released_at FROM team_pack_versions WHERE team_id = $1 AND pack_id = $2 AND version = $3',
    [session.teamId, packId, target],
  );
  if (!row) throw new PackRefusal(404, 'not-found', `The pack has no version ${target}.`);
  if (row.released_at === null)
    throw new PackRefusal(409, 'not-released', `Version ${target} was never released to agents; approve it instead.`);
  if (target === pack.current) throw new PackRefusal(409, 'current', `Version ${target} is what agents have now.`);
  const file = JSON.parse(row.file) as PackFile;
  await insertVersion(
    tx,
    session,
    packId,
    pack.latest + 1,
    file,
    { sensitive: [], rolledBackFrom: target, release: true },
    now,
  );
  return versionsOf(tx, session.teamId, packId);
}

/**
 * A lead releases a version that waits. The lead who published it may approve it only when the team
 * has no other lead with access: a second pair of eyes where there is one, and no version stuck for ever where there is not.
 */
export async function approvePack(tx: Queryable, session: AuthSession, packId: string, version: number, now: Date) {
  const pack = await lockPack(tx, session.teamId, packId, null, now);
  if (!pack) throw new PackRefusal(404, 'not-found', 'The team has no pack with this id.');
  const [row] = await tx.query<{ published_by: string; released_at: unknown }>(
    `SELECT published_by::text AS published_by, released_at FROM team_pack_versions
      WHERE team_id = $1 AND pack_id = $2 AND version = $3`,
    [session.teamId, packId, version],
  );
  if (!row) throw new PackRefusal(404, 'not-found', `The pack has no version ${version}.`);
  if (row.released_at !== null) throw new PackRefusal(409, 'not-waiting', `Version ${version} is released already.`);
  if (pack.current !== null && version < pack.current)
    throw new PackRefusal(409, 'superseded', `Version ${pack.current} was released after version ${version}.`);
  if (row.published_by === session.agentId) {
    const [others] = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM agents
        WHERE team_id = $1 AND role = 'lead' AND revoked_at IS NULL AND joined_at IS NOT NULL AND id <> $2`,
      [session.teamId, session.agentId],
    );
    if ((others?.n ?? 0) > 0)
      throw new PackRefusal(403, 'another-lead', 'Another lead of the team approves what you published.');
  }
  await tx.query(
    `UPDATE team_pack_versions SET approved_by = $4, approved_at = $5, released_at = $5
      WHERE team_id = $1 AND pack_id = $2 AND version = $3`,
    [session.teamId, packId, version, session.agentId, now],
  );
  await tx.query('UPDATE team_packs SET current_version = $3 WHERE team_id = $1 AND pack_id = $2', [
    session.teamId,
    packId,
    version,
  ]);
  return versionsOf(tx, session.teamId, packId);
}

/** The version agents get now, or null when there is none (no such pack, or nothing released yet). */
export async function currentPackFile(tx: Queryable, teamId: string, packId: string) {
  const [row] = await tx.query<{ file: string; etag: string; version: number }>(
    `SELECT v.file, v.etag, v.version FROM team_packs p
       JOIN team_pack_versions v ON v.team_id = p.team_id AND v.pack_id = p.pack_id AND v.version = p.current_version
      WHERE p.team_id = $1 AND p.pack_id = $2`,
    [teamId, packId],
  );
  return row ?? null;
}

export async function listPacks(tx: Queryable, teamId: string): Promise<TeamPackSummary[]> {
  const rows = await tx.query<{ pack_id: string; name: string; current_version: number | null }>(
    'SELECT pack_id, name, current_version FROM team_packs WHERE team_id = $1 ORDER BY pack_id',
    [teamId],
  );
  return rows.map((r) => ({ packId: r.pack_id, name: r.name, current: r.current_version }));
}

export async function versionsOf(tx: Queryable, teamId: string, packId: string): Promise<TeamPackVersions | null> {
  const [pack] = await tx.query<{ name: string; current_version: number | null }>(
    'SELECT name, current_version FROM team_packs WHERE team_id = $1 AND pack_id = $2',
    [teamId, packId],
  );
  if (!pack) return null;
  const rows = await tx.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM ${VERSION_FROM} WHERE v.team_id = $1 AND v.pack_id = $2 ORDER BY v.version DESC`,
    [teamId, packId],
  );
  return {
    packId,
    name: pack.name,
    current: pack.current_version,
    versions: rows.map((r) => toVersion(r, pack.current_version)),
  };
}
