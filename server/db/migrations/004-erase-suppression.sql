-- An erased customer's keys (X user id, handle, CRM id), each as a SHA-256 of the team, the kind of
-- key and its value, so an agent who was offline during the erase cannot bring the customer back by
-- pushing what it wrote before: an event dated before the erase, for a customer the team no longer
-- holds, is answered as erased and not stored. Hashes, not the keys: the tombstone still holds no
-- name, handle or number a reader could use without already knowing it.
ALTER TABLE tombstones ADD COLUMN key_hashes text[] NOT NULL DEFAULT '{}';
CREATE INDEX tombstones_by_key_hash ON tombstones USING gin (key_hashes);
