/**
 * Team packs on the team server: a lead publishes a pack file (each publish a new numbered version),
 * agents download the team's current version with an ETag, a lead rolls back (the old text again, as
 * a new version) and approves a version that changes a template marked `sensitive`. Shared by the
 * server's routes and the extension, like wire.ts.
 */
import { z } from 'zod';

/** The same rule as a pack file's `pack.id` (utils/templates/pack/format.ts), bounded for a URL. */
export const TeamPackId = z.string().regex(/^[^\s/?#%\\]{1,100}$/);

/** The pack file as text (JSON, at most 5 MB, checked by the server as an import would be). */
export const PublishPackRequest = z.object({
  file: z
    .string()
    .min(1)
    .max(6 * 1024 * 1024),
});

/**
 * released: agents get it (the current one, or an older one); waiting: changes a sensitive template
 * and waits for a lead's approval; superseded: waited, and a later version was released first.
 */
export const PackVersionState = z.enum(['released', 'waiting', 'superseded']);
export type PackVersionState = z.infer<typeof PackVersionState>;

/** A sensitive template the version adds or changes, with its text, for the approving lead to read. */
export const SensitiveChange = z.object({ id: z.string(), title: z.string(), body: z.string() });
export type SensitiveChange = z.infer<typeof SensitiveChange>;

export const TeamPackVersion = z.object({
  version: z.number().int().min(1),
  state: PackVersionState,
  current: z.boolean(),
  templates: z.number().int().min(0),
  publishedAt: z.string(),
  publishedBy: z.object({ id: z.string(), name: z.string() }),
  /** Set on a rollback: the version whose text this one is. */
  rolledBackFrom: z.number().int().nullable(),
  sensitive: z.array(SensitiveChange),
  approvedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  approvedAt: z.string().nullable(),
});
export type TeamPackVersion = z.infer<typeof TeamPackVersion>;

/** What every agent learns of the team's packs: which to follow, and the version agents get now. */
export const TeamPackSummary = z.object({
  packId: TeamPackId,
  name: z.string(),
  /** Null while the first version waits for approval. */
  current: z.number().int().nullable(),
});
export type TeamPackSummary = z.infer<typeof TeamPackSummary>;
export const TeamPackList = z.object({ packs: z.array(TeamPackSummary) });

export const TeamPackVersions = z.object({
  packId: TeamPackId,
  name: z.string(),
  current: z.number().int().nullable(),
  /** Newest first. */
  versions: z.array(TeamPackVersion),
});
export type TeamPackVersions = z.infer<typeof TeamPackVersions>;

export const PackVersionRequest = z.object({ version: z.number().int().min(1) });

/** The team pack's address under the API (`/packs/<id>`), the same for the server's route and the agent. */
export const teamPackPath = (packId: string): string => `/packs/${encodeURIComponent(packId)}`;
