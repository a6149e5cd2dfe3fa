-- Company sign-in (OpenID Connect): a team may name its identity provider (the issuer) and the
-- client id Careline is registered under there. One team per issuer and client id, so a verified
-- id_token names its team.
ALTER TABLE teams ADD COLUMN oidc_issuer text, ADD COLUMN oidc_client_id text;
ALTER TABLE teams ADD CONSTRAINT teams_oidc_pair CHECK ((oidc_issuer IS NULL) = (oidc_client_id IS NULL));
CREATE UNIQUE INDEX teams_oidc ON teams (oidc_issuer, oidc_client_id) WHERE oidc_issuer IS NOT NULL;

-- The nonces of id_tokens already exchanged (hashed): the same sign-in cannot be replayed for a
-- second token while the id_token is still valid. Rows past expires_at are swept at each sign-in.
CREATE TABLE oidc_nonces (
  nonce_hash bytea PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
GRANT SELECT, INSERT, DELETE ON oidc_nonces TO careline_app;
ALTER TABLE oidc_nonces ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON oidc_nonces
  USING (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid)
  WITH CHECK (team_id = NULLIF(current_setting('careline.team_id', true), '')::uuid);

-- Sign-ins through the identity provider are written to the access log (who, when; no customer).
ALTER TABLE access_log DROP CONSTRAINT access_log_action_check;
ALTER TABLE access_log ADD CONSTRAINT access_log_action_check
  CHECK (action IN ('lookup', 'export', 'erase', 'import', 'sign-in'));
