-- The server switches to careline_app for every team query (SET LOCAL ROLE), which a database user
-- may do only as a member of that role. A superuser (PGlite, a throwaway cluster) needs nothing; a
-- plain owner with CREATEROLE grants it to itself here; otherwise an administrator runs the GRANT
-- this notice names (docs/team.md).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'careline_app', 'MEMBER') THEN
    EXECUTE format('GRANT careline_app TO %I', current_user);
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'Careline: an administrator must run GRANT careline_app TO %', current_user;
END
$$;
