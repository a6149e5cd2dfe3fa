-- The team's shared record: teams, their agents and leads, invites and tokens (hashed), customers,
-- append-only events, tombstones of erased customers, and the access log.
-- Every table with team data carries team_id and a row-level security policy: the application
-- queries as careline_app with careline.team_id set per transaction (server/db/team-scope.ts), so
-- a query that forgets its WHERE team_id still sees only its own team.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'careline_app') THEN
    CREATE ROLE careline_app NOLOGIN;
  END IF;
END
$$;

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  cache_hours integer NOT NULL DEFAULT 24 CHECK (cache_hours BETWEEN 1 AND 720),
  retention_days integer NOT NULL DEFAULT 1095 CHECK (retention_days BETWEEN 30 AND 3650),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  role text NOT NULL CHECK (role IN ('agent', 'lead')),
  -- The company identity provider's subject, for agents who sign in with OpenID Connect.
  oidc_subject text,
  created_at timestamptz NOT NULL DEFAULT now(),
  joined_at timestamptz,
  revoked_at timestamptz,
  UNIQUE (team_id, oidc_subject)
);

-- One-time invite codes, stored hashed: a leaked database holds no usable code.
CREATE TABLE invites (
  code_hash bytea PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Bearer tokens, stored hashed (SHA-256 of a 256-bit random token); revoked, never deleted, so a
-- revoked token is told apart from a made-up one.
CREATE TABLE tokens (
  token_hash bytea PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  -- X's numeric user id: handles change and get reused, this does not.
  x_user_id text,
  -- Lower-cased handle without @ (X handles are case-insensitive), and as X shows it.
  handle text,
  display_handle text,
  crm_id text,
  name text,
  phone text,
  email text,
  plan text,
  crm_tags text[] NOT NULL DEFAULT '{}',
  attributes jsonb NOT NULL DEFAULT '{}',
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (x_user_id IS NOT NULL OR handle IS NOT NULL OR crm_id IS NOT NULL)
);
CREATE UNIQUE INDEX customers_x_user_id ON customers (team_id, x_user_id) WHERE x_user_id IS NOT NULL;
CREATE UNIQUE INDEX customers_handle ON customers (team_id, handle) WHERE handle IS NOT NULL;
CREATE UNIQUE INDEX customers_crm_id ON customers (team_id, crm_id) WHERE crm_id IS NOT NULL;

-- One order for everything an agent pulls (events and tombstones), per team decided by commit
-- order: writers take the team's advisory lock before drawing a number (server/store/events.ts).
CREATE SEQUENCE change_seq;

-- Append-only: no UPDATE or DELETE is granted to the application (erase and retention run as the owner).
CREATE TABLE events (
  seq bigint PRIMARY KEY DEFAULT nextval('change_seq'),
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  client_id uuid NOT NULL,
  customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents (id),
  kind text NOT NULL CHECK (kind IN ('note', 'tag-added', 'tag-removed', 'reply-sent', 'handoff')),
  at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  text text,
  tag text,
  status_id text,
  handoff_id text,
  UNIQUE (team_id, client_id)
);
CREATE INDEX events_by_customer ON events (team_id, customer_id, seq);
CREATE INDEX events_by_received ON events (team_id, received_at);

-- An erased customer: only the id, so every agent's next sync deletes its copy.
CREATE TABLE tombstones (
  seq bigint PRIMARY KEY DEFAULT nextval('change_seq'),
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  customer_id bigint NOT NULL,
  erased_at timestamptz NOT NULL DEFAULT now(),
  erased_by uuid REFERENCES agents (id)
);
CREATE INDEX tombstones_by_customer ON tombstones (team_id, customer_id);

-- Who looked at, exported or erased which customer, when. Ids only: no names or handles.
CREATE TABLE access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents (id),
  at timestamptz NOT NULL DEFAULT now(),
  customer_id bigint,
  action text NOT NULL CHECK (action IN ('lookup', 'export', 'erase', 'import')),
  detail text
);
CREATE INDEX access_log_by_month ON access_log (team_id, at);

GRANT SELECT, UPDATE ON teams TO careline_app;
GRANT SELECT, INSERT, UPDATE ON agents, invites, tokens TO careline_app;
GRANT SELECT, INSERT, UPDATE ON customers TO careline_app;
GRANT SELECT, INSERT ON events, tombstones, access_log TO careline_app;
GRANT USAGE ON SEQUENCE change_seq TO careline_app;

ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON teams
  USING (id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE agents ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON agents
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE invites ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON invites
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON tokens
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON customers
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON events
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE tombstones ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON tombstones
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE access_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON access_log
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
