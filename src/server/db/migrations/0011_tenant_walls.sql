-- Tenant walls beneath the application (ADR 012). Requests run as the role
-- naervaer_app with app.owner_id set for their transaction; row-level security
-- then shows and accepts only the rows of that school owner, whatever a query
-- asks for. The role that connects and runs migrations owns the tables and so
-- is not subject to these policies: it is the maintenance role of the nightly
-- jobs, the seeders and the command line, which span owners on purpose.
DO $$
BEGIN
  CREATE ROLE naervaer_app NOLOGIN;
EXCEPTION
  -- Roles belong to the whole server: another database may have made it already.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  -- A connecting role that is not a superuser must be a member to SET ROLE.
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT naervaer_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
-- The owner whose rows this transaction may touch; null (nothing) when unset.
CREATE FUNCTION app_owner_id() RETURNS uuid
LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('app.owner_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO naervaer_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO naervaer_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO naervaer_app;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO naervaer_app;
--> statement-breakpoint
-- Tables of later migrations get the same grants; each migration that adds a
-- table with pupils' data adds its wall too.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO naervaer_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO naervaer_app;
--> statement-breakpoint
-- The audit log can be written and read, never changed (the trigger of 0001 refuses it too).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM naervaer_app;
--> statement-breakpoint
-- Reference data shared by every owner: read only.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON absence_reasons FROM naervaer_app;
--> statement-breakpoint
-- The health check reads how many migrations ran.
GRANT USAGE ON SCHEMA drizzle TO naervaer_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO naervaer_app;
--> statement-breakpoint
DO $$
DECLARE
  wall record;
BEGIN
  -- Each table and how its rows belong to an owner: its own owner_id, or
  -- through the row it hangs on, whose own wall then applies in the subquery.
  FOR wall IN
    SELECT * FROM (VALUES
      ('school_owners', 'id = app_owner_id()'),
      ('schools', 'owner_id = app_owner_id()'),
      ('pupils', 'owner_id = app_owner_id()'),
      ('guardians', 'owner_id = app_owner_id()'),
      ('users', 'owner_id = app_owner_id()'),
      ('owner_policies', 'owner_id = app_owner_id()'),
      ('concerns', 'owner_id = app_owner_id()'),
      ('notifications', 'owner_id = app_owner_id()'),
      ('pupil_year_marks', 'owner_id = app_owner_id()'),
      ('limit_warnings', 'owner_id = app_owner_id()'),
      ('school_years', 'school_id IN (SELECT id FROM schools)'),
      ('subjects', 'school_id IN (SELECT id FROM schools)'),
      ('groups', 'school_id IN (SELECT id FROM schools)'),
      ('lessons', 'school_id IN (SELECT id FROM schools)'),
      ('attendance_marks', 'school_id IN (SELECT id FROM schools)'),
      ('absence_notices', 'school_id IN (SELECT id FROM schools)'),
      ('import_batches', 'school_id IN (SELECT id FROM schools)'),
      ('assessments', 'school_id IN (SELECT id FROM schools)'),
      ('discretion_decisions', 'school_id IN (SELECT id FROM schools)'),
      ('documentation_submissions', 'school_id IN (SELECT id FROM schools)'),
      ('mark_complaints', 'school_id IN (SELECT id FROM schools)'),
      ('terms', 'school_year_id IN (SELECT id FROM school_years)'),
      ('holidays', 'school_year_id IN (SELECT id FROM school_years)'),
      ('pupil_guardians', 'pupil_id IN (SELECT id FROM pupils)'),
      ('group_memberships', 'pupil_id IN (SELECT id FROM pupils)'),
      ('contact_teachers', 'pupil_id IN (SELECT id FROM pupils)'),
      ('attendance_mark_history', 'pupil_id IN (SELECT id FROM pupils)'),
      ('pupil_year_marks_stale', 'pupil_id IN (SELECT id FROM pupils)'),
      ('pupils_to_evaluate', 'pupil_id IN (SELECT id FROM pupils)'),
      ('pupil_health_risks', 'pupil_id IN (SELECT id FROM pupils)'),
      ('certificate_leave_offs', 'pupil_id IN (SELECT id FROM pupils)'),
      ('group_teachers', 'group_id IN (SELECT id FROM groups)'),
      ('documentation_submission_marks', 'submission_id IN (SELECT id FROM documentation_submissions)'),
      ('submission_files', 'submission_id IN (SELECT id FROM documentation_submissions)'),
      ('role_assignments', 'user_id IN (SELECT id FROM users)'),
      ('idempotency_keys', 'user_id IN (SELECT id FROM users)'),
      ('sessions', 'user_id IN (SELECT id FROM users)'),
      ('totp_credentials', 'user_id IN (SELECT id FROM users)'),
      ('recovery_codes', 'user_id IN (SELECT id FROM users)'),
      ('second_factor_failures', 'user_id IN (SELECT id FROM users)'),
      ('login_challenges', 'user_id IN (SELECT id FROM users)')
    ) AS walls(table_name, rule)
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', wall.table_name);
    EXECUTE format('CREATE POLICY tenant_wall ON %I USING (%s) WITH CHECK (%s)', wall.table_name, wall.rule, wall.rule);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Audit rows: an owner reads its own; rows written before anyone is known
-- (a failed login) carry no owner and are read by the maintenance role only.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_wall_read ON audit_log FOR SELECT USING (owner_id = app_owner_id());
--> statement-breakpoint
CREATE POLICY tenant_wall_write ON audit_log FOR INSERT WITH CHECK (owner_id IS NULL OR owner_id = app_owner_id());
