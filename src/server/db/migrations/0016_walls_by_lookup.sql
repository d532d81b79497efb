-- The walls of tables that belong to an owner through a pupil, a user, a
-- group or a documentation submission (0011) asked `pupil_id IN (SELECT id
-- FROM pupils)`: PostgreSQL answers that by reading every pupil of the owner
-- into a hash, once per statement. A registration's history trigger inserts
-- one row per changed mark, each its own statement, so one registration read
-- the owner's pupils thirty times (0.6 ms each for 1,000 pupils, and growing
-- with the owner). Asking whether the one parent row is visible instead is a
-- primary-key lookup, whose own wall then applies, whatever the owner's size.
-- Parents that are few per owner (schools, school years) keep the IN form,
-- which is cheaper when a statement reads many rows.
DO $$
DECLARE
  wall record;
BEGIN
  FOR wall IN
    SELECT * FROM (VALUES
      ('pupil_guardians', 'pupils', 'pupil_id'),
      ('group_memberships', 'pupils', 'pupil_id'),
      ('contact_teachers', 'pupils', 'pupil_id'),
      ('attendance_mark_history', 'pupils', 'pupil_id'),
      ('pupil_year_marks_stale', 'pupils', 'pupil_id'),
      ('pupils_to_evaluate', 'pupils', 'pupil_id'),
      ('pupil_health_risks', 'pupils', 'pupil_id'),
      ('certificate_leave_offs', 'pupils', 'pupil_id'),
      ('group_teachers', 'groups', 'group_id'),
      ('documentation_submission_marks', 'documentation_submissions', 'submission_id'),
      ('submission_files', 'documentation_submissions', 'submission_id'),
      ('role_assignments', 'users', 'user_id'),
      ('idempotency_keys', 'users', 'user_id'),
      ('sessions', 'users', 'user_id'),
      ('totp_credentials', 'users', 'user_id'),
      ('recovery_codes', 'users', 'user_id'),
      ('second_factor_failures', 'users', 'user_id'),
      ('login_challenges', 'users', 'user_id')
    ) AS walls(table_name, parent, column_name)
  LOOP
    EXECUTE format('DROP POLICY tenant_wall ON %I', wall.table_name);
    EXECUTE format(
      'CREATE POLICY tenant_wall ON %1$I USING (EXISTS (SELECT 1 FROM %2$I parent WHERE parent.id = %1$I.%3$I)) WITH CHECK (EXISTS (SELECT 1 FROM %2$I parent WHERE parent.id = %1$I.%3$I))',
      wall.table_name, wall.parent, wall.column_name);
  END LOOP;
END
$$;
