-- A closed follow-up case is kept as long as the school owner decides
-- (src/domain/retention.ts, `followup_cases`), then the nightly retention job
-- deletes it with all its records. Its events and agreement versions stay
-- append-only for everyone else: changing them is always refused, deleting
-- them only inside a transaction the retention job has marked as its own.
CREATE OR REPLACE FUNCTION followup_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('naervaer.retention_delete', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
