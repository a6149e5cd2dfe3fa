-- Every pull asks for its team's newest seq (the next cursor), and a push wakes every pull of the
-- team at once: an index per team in seq order answers that from the index's end, not by a scan
-- of the team's whole history.
CREATE INDEX events_by_team_seq ON events (team_id, seq);
CREATE INDEX tombstones_by_team_seq ON tombstones (team_id, seq);
