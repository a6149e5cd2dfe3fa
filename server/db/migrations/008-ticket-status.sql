-- The call center's word back on a handoff. A team's ticket secret is the HMAC key the call center
-- signs status updates with, so the server must hold it as it is (a hash could not verify a MAC); only
-- the lead can set or rotate it, and it is shown once. A status update is an event of kind
-- 'ticket-status' on the handoff's customer, credited to the agent who handed the case off (the call
-- center has no agent row), so sync carries it to every card and History like any other event.
ALTER TABLE teams
  ADD COLUMN ticket_secret text CHECK (length(ticket_secret) BETWEEN 32 AND 200),
  ADD COLUMN ticket_secret_at timestamptz;

ALTER TABLE events
  ADD COLUMN ticket_status text CHECK (ticket_status IN ('received', 'in-progress', 'solved', 'closed')),
  ADD COLUMN ticket_id text CHECK (length(ticket_id) <= 200);

ALTER TABLE events DROP CONSTRAINT events_kind_check;
ALTER TABLE events ADD CONSTRAINT events_kind_check
  CHECK (kind IN ('note', 'tag-added', 'tag-removed', 'reply-sent', 'handoff', 'ticket-status'));
ALTER TABLE events ADD CONSTRAINT events_ticket_status_kind
  CHECK ((kind = 'ticket-status') = (ticket_status IS NOT NULL));

-- A status update finds its handoff by the handoff's id (007, the lead's desk, made the same index
-- for its open-handoffs figure: kept if there).
CREATE INDEX IF NOT EXISTS events_by_handoff ON events (team_id, handoff_id) WHERE handoff_id IS NOT NULL;
