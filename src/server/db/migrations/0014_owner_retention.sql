CREATE TABLE "owner_retention" (
	"owner_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"months" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "owner_retention_owner_id_record_type_pk" PRIMARY KEY("owner_id","record_type"),
	CONSTRAINT "owner_retention_months" CHECK ("owner_retention"."months" between 1 and 240)
);
--> statement-breakpoint
ALTER TABLE "owner_retention" ADD CONSTRAINT "owner_retention_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_retention" ADD CONSTRAINT "owner_retention_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Behind the tenant wall like every owner's table (ADR 012).
ALTER TABLE owner_retention ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_wall ON owner_retention USING (owner_id = app_owner_id()) WITH CHECK (owner_id = app_owner_id());
--> statement-breakpoint
-- The follow-up case's tables (migration 0010, issue 6) and any other table
-- that carries owner_id but has no wall yet get the same wall here, whatever
-- order the branches were merged in; a later migration that adds such tables
-- calls wall_owner_tables() again.
CREATE FUNCTION wall_owner_tables() RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT c.relname
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'owner_id' AND NOT a.attisdropped
     WHERE c.relkind = 'r' AND NOT c.relrowsecurity
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.relname);
    EXECUTE format('CREATE POLICY tenant_wall ON %I USING (owner_id = app_owner_id()) WITH CHECK (owner_id = app_owner_id())', t.relname);
  END LOOP;
END
$$;
--> statement-breakpoint
SELECT wall_owner_tables();
