-- The lead's desk. Replies and handoffs say what the post was about (topic, place), which brand
-- account answered and which template the reply started from. One row per answered post holds its
-- topic (the first reply sets it, an agent may change it); incidents group the posts of one outage,
-- and each attached post is handed to one agent at a time for the fixed reply.
ALTER TABLE events
  ADD COLUMN topic text CHECK (topic ~ '^[a-z][a-z0-9-]{0,39}$'),
  ADD COLUMN place text CHECK (length(place) BETWEEN 1 AND 40),
  ADD COLUMN account text CHECK (account ~ '^[a-z0-9_]{1,15}$'),
  ADD COLUMN template_id text CHECK (length(template_id) <= 200),
  ADD COLUMN template_title text CHECK (length(template_title) <= 200);

-- The report counts a team's replies by day and finds each post's first reply.
CREATE INDEX events_replies_by_at ON events (team_id, at) WHERE kind = 'reply-sent';
-- Open handoffs are matched with the call center's word back by the handoff's id.
CREATE INDEX events_by_handoff ON events (team_id, handoff_id) WHERE handoff_id IS NOT NULL;

-- posted_at is the post's time from its snowflake id (null when the id is not one); answered_at
-- the team's first reply (null while only the topic was set).
CREATE TABLE post_topics (
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  status_id text NOT NULL CHECK (status_id ~ '^[0-9]{1,25}$'),
  topic text NOT NULL CHECK (topic ~ '^[a-z][a-z0-9-]{0,39}$'),
  place text CHECK (length(place) BETWEEN 1 AND 40),
  account text CHECK (account ~ '^[a-z0-9_]{1,15}$'),
  agent_id uuid NOT NULL REFERENCES agents (id),
  set_at timestamptz NOT NULL,
  posted_at timestamptz,
  answered_at timestamptz,
  PRIMARY KEY (team_id, status_id)
);
CREATE INDEX post_topics_by_day ON post_topics (team_id, (COALESCE(posted_at, answered_at)));

CREATE TABLE incidents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
  holding_reply text NOT NULL CHECK (length(holding_reply) BETWEEN 1 AND 1000),
  fixed_reply text CHECK (length(fixed_reply) BETWEEN 1 AND 1000),
  topic text CHECK (topic ~ '^[a-z][a-z0-9-]{0,39}$'),
  place text CHECK (length(place) BETWEEN 1 AND 40),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  opened_at timestamptz NOT NULL,
  opened_by uuid NOT NULL REFERENCES agents (id),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES agents (id),
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL AND fixed_reply IS NOT NULL))
);
CREATE INDEX incidents_by_team ON incidents (team_id, opened_at);

-- A post belongs to one incident at most (the primary key). While `holder` holds it (until
-- held_until) no colleague is handed it; fixed_by/fixed_at once the fixed reply went out.
CREATE TABLE incident_posts (
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  status_id text NOT NULL CHECK (status_id ~ '^[0-9]{1,25}$'),
  incident_id uuid NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  handle text NOT NULL CHECK (handle ~ '^[A-Za-z0-9_]{1,15}$'),
  attached_at timestamptz NOT NULL,
  attached_by uuid NOT NULL REFERENCES agents (id),
  holder uuid REFERENCES agents (id),
  held_until timestamptz,
  fixed_by uuid REFERENCES agents (id),
  fixed_at timestamptz,
  CHECK ((holder IS NULL) = (held_until IS NULL)),
  CHECK ((fixed_by IS NULL) = (fixed_at IS NULL)),
  PRIMARY KEY (team_id, status_id)
);
CREATE INDEX incident_posts_owed ON incident_posts (team_id, incident_id, attached_at) WHERE fixed_at IS NULL;

GRANT SELECT, INSERT, UPDATE ON post_topics, incidents, incident_posts TO careline_app;

ALTER TABLE post_topics ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON post_topics
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON incidents
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
ALTER TABLE incident_posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON incident_posts
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);
