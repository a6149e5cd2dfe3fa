-- Team packs: a lead publishes a pack file; each publish (and each rollback) is a new numbered
-- version, kept whole so a rollback can serve an older text again. `current_version` is what agents
-- download; a version that changes a template marked sensitive is not released until a lead
-- approves it (released_at stays NULL until then).
CREATE TABLE team_packs (
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  pack_id text NOT NULL CHECK (pack_id ~ '^[^\s/?#%\\]{1,100}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  current_version integer,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (team_id, pack_id)
);

CREATE TABLE team_pack_versions (
  team_id uuid NOT NULL,
  pack_id text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  -- The pack file as agents download it (JSON text, pack.updatedAt = published_at).
  file text NOT NULL,
  etag text NOT NULL,
  templates integer NOT NULL CHECK (templates >= 0),
  -- The sensitive templates this version adds or changes: [{id, title, body}].
  sensitive jsonb NOT NULL DEFAULT '[]',
  published_by uuid NOT NULL REFERENCES agents (id),
  published_at timestamptz NOT NULL,
  rolled_back_from integer,
  approved_by uuid REFERENCES agents (id),
  approved_at timestamptz,
  released_at timestamptz,
  PRIMARY KEY (team_id, pack_id, version),
  FOREIGN KEY (team_id, pack_id) REFERENCES team_packs (team_id, pack_id) ON DELETE CASCADE,
  CHECK ((approved_at IS NULL) = (approved_by IS NULL))
);

GRANT SELECT, INSERT, UPDATE ON team_packs TO careline_app;
GRANT SELECT, INSERT, UPDATE ON team_pack_versions TO careline_app;
ALTER TABLE team_packs ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON team_packs
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE team_pack_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON team_pack_versions
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
