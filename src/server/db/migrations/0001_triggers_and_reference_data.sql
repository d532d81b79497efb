-- Every change of an attendance mark is kept: who changed what, and when.
CREATE FUNCTION attendance_mark_history_record() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.status, OLD.minutes_late, OLD.documentation, OLD.reason_code)
     IS DISTINCT FROM (NEW.status, NEW.minutes_late, NEW.documentation, NEW.reason_code) THEN
    INSERT INTO attendance_mark_history (
      mark_id, lesson_id, pupil_id, changed_by, changed_at,
      old_status, new_status, old_minutes_late, new_minutes_late,
      old_documentation, new_documentation, old_reason_code, new_reason_code)
    VALUES (
      OLD.id, OLD.lesson_id, OLD.pupil_id, NEW.updated_by, NEW.updated_at,
      OLD.status, NEW.status, OLD.minutes_late, NEW.minutes_late,
      OLD.documentation, NEW.documentation, OLD.reason_code, NEW.reason_code);
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER attendance_marks_history
  AFTER UPDATE ON attendance_marks
  FOR EACH ROW EXECUTE FUNCTION attendance_mark_history_record();
--> statement-breakpoint
-- The audit log is append-only for everyone, the application's own role included.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- Structured reasons for absence. Categories follow the upper-secondary rules
-- in force from 1 August 2025 (health counts toward the limit; the listed
-- exempt reasons do not; activities that are not absence at all).
INSERT INTO absence_reasons (code, category, counts_toward_limit, sort_order) VALUES
  ('health_self_reported', 'health', true, 10),
  ('health_medical_note', 'health', true, 20),
  ('leave_granted', 'leave', true, 30),
  ('family_reasons', 'other', true, 40),
  ('school_representation', 'exempt', false, 50),
  ('political_or_union_work', 'exempt', false, 60),
  ('voluntary_work', 'exempt', false, 70),
  ('religious_holiday', 'exempt', false, 80),
  ('legal_appearance', 'exempt', false, 90),
  ('driving_test', 'exempt', false, 100),
  ('counselling', 'not_absence', false, 110),
  ('assessment_ppt', 'not_absence', false, 120),
  ('pupil_council', 'not_absence', false, 130),
  ('exam', 'not_absence', false, 140),
  ('other', 'other', true, 200);
