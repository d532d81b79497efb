-- pupil_year_marks is derived from attendance_marks and lessons. Whatever
-- changes a mark, or a lesson a mark belongs to, lists the pupil's day here,
-- and src/server/services/pupil-years.ts writes that day anew before it is
-- read. The upsert (not DO NOTHING) matters: it waits for a refresh that holds
-- the row, so a change made while a refresh runs is never lost with its row.
CREATE FUNCTION pupil_year_marks_stale_from_marks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pupil_year_marks_stale (pupil_id, date)
      SELECT DISTINCT pupil_id, date FROM new_marks ORDER BY 1, 2
      ON CONFLICT (pupil_id, date) DO UPDATE SET changed_at = now();
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO pupil_year_marks_stale (pupil_id, date)
      SELECT pupil_id, date FROM new_marks UNION SELECT pupil_id, date FROM old_marks ORDER BY 1, 2
      ON CONFLICT (pupil_id, date) DO UPDATE SET changed_at = now();
  ELSE
    INSERT INTO pupil_year_marks_stale (pupil_id, date)
      SELECT DISTINCT pupil_id, date FROM old_marks ORDER BY 1, 2
      ON CONFLICT (pupil_id, date) DO UPDATE SET changed_at = now();
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER attendance_marks_stale_insert
  AFTER INSERT ON attendance_marks REFERENCING NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION pupil_year_marks_stale_from_marks();
--> statement-breakpoint
CREATE TRIGGER attendance_marks_stale_update
  AFTER UPDATE ON attendance_marks REFERENCING OLD TABLE AS old_marks NEW TABLE AS new_marks
  FOR EACH STATEMENT EXECUTE FUNCTION pupil_year_marks_stale_from_marks();
--> statement-breakpoint
CREATE TRIGGER attendance_marks_stale_delete
  AFTER DELETE ON attendance_marks REFERENCING OLD TABLE AS old_marks
  FOR EACH STATEMENT EXECUTE FUNCTION pupil_year_marks_stale_from_marks();
--> statement-breakpoint
-- A lesson held or not held, moved, or given another subject, teacher or
-- length changes what its marks count for.
CREATE FUNCTION pupil_year_marks_stale_from_lessons() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO pupil_year_marks_stale (pupil_id, date)
    SELECT DISTINCT a.pupil_id, d.date
      FROM attendance_marks a
      JOIN old_lessons o ON o.id = a.lesson_id
      JOIN new_lessons n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.date), (n.date)) AS d(date)
     WHERE o.status IS DISTINCT FROM n.status OR o.date <> n.date OR o.period <> n.period
        OR o.subject_id <> n.subject_id OR o.teacher_id IS DISTINCT FROM n.teacher_id
        OR o.starts_at <> n.starts_at OR o.ends_at <> n.ends_at
     ORDER BY 1, 2
    ON CONFLICT (pupil_id, date) DO UPDATE SET changed_at = now();
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER lessons_stale_update
  AFTER UPDATE ON lessons REFERENCING OLD TABLE AS old_lessons NEW TABLE AS new_lessons
  FOR EACH STATEMENT EXECUTE FUNCTION pupil_year_marks_stale_from_lessons();
