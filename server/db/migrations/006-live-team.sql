-- The live team: the lead's response-time target and claim time, claims (an agent holds a post or a
-- customer so no colleague answers it), and one-time tickets that open a live connection. Presence
-- (who views or replies to what) is never stored: it lives in each server process's memory and
-- crosses processes through NOTIFY.
ALTER TABLE teams
  ADD COLUMN response_target_minutes integer NOT NULL DEFAULT 60 CHECK (response_target_minutes BETWEEN 1 AND 10080),
  ADD COLUMN claim_minutes integer NOT NULL DEFAULT 15 CHECK (claim_minutes BETWEEN 1 AND 480);

-- One row per post or customer held; a row past `until` is free to take (and swept by retention).
CREATE TABLE claims (
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  post_id text CHECK (post_id ~ '^[0-9]{1,25}$'),
  customer_id text CHECK (length(customer_id) BETWEEN 1 AND 100),
  subject text GENERATED ALWAYS AS (COALESCE('post:' || post_id, 'customer:' || customer_id)) STORED,
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  taken_at timestamptz NOT NULL,
  until timestamptz NOT NULL,
  CHECK ((post_id IS NULL) <> (customer_id IS NULL)),
  PRIMARY KEY (team_id, subject)
);
CREATE INDEX claims_by_until ON claims (team_id, until);

-- A ticket is shown once, stored as its SHA-256, spent by the first connection that presents it,
-- and worthless after expires_at (60 s).
CREATE TABLE live_tickets (
  ticket_hash bytea PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
CREATE INDEX live_tickets_by_expiry ON live_tickets (expires_at);

-- Retention deletes events by when they happened; the queue's marks read a team's last days of
-- replies and handoffs; both by (team_id, at). Marks look posts up by status id.
CREATE INDEX events_by_team_at ON events (team_id, at);
CREATE INDEX events_by_status ON events (team_id, status_id) WHERE status_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON claims TO careline_app;
GRANT SELECT, INSERT, DELETE ON live_tickets TO careline_app;
ALTER TABLE claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON claims
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE live_tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON live_tickets
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
