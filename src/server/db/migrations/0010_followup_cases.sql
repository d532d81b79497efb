CREATE TABLE "case_agreement_versions" (
	"agreement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"evaluation" jsonb,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_agreement_versions_agreement_id_number_pk" PRIMARY KEY("agreement_id","number"),
	CONSTRAINT "case_agreement_versions_number" CHECK ("case_agreement_versions"."number" >= 1),
	CONSTRAINT "case_agreement_versions_kind" CHECK ("case_agreement_versions"."kind" in ('made', 'revised', 'evaluated')),
	CONSTRAINT "case_agreement_versions_evaluation" CHECK (("case_agreement_versions"."kind" = 'evaluated') = ("case_agreement_versions"."evaluation" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"entry" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_contacts_channel" CHECK ("case_contacts"."channel" in ('phone', 'meeting', 'message'))
);
--> statement-breakpoint
CREATE TABLE "case_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"with" text NOT NULL,
	"guide_id" text,
	"conversation" jsonb NOT NULL,
	"pupil_voice" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_conversations_with" CHECK ("case_conversations"."with" in ('pupil', 'guardians', 'pupilAndGuardians'))
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"owner_id" uuid NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_events_case_id_seq_pk" PRIMARY KEY("case_id","seq"),
	CONSTRAINT "case_events_seq" CHECK ("case_events"."seq" >= 1)
);
--> statement-breakpoint
CREATE TABLE "case_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"tool" text NOT NULL,
	"perspective" text,
	"at" timestamp with time zone NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_mappings_tool" CHECK ("case_mappings"."tool" in ('causeMapping', 'scaling', 'circle', 'factors')),
	CONSTRAINT "case_mappings_perspective" CHECK ("case_mappings"."perspective" is null or "case_mappings"."perspective" in ('pupil', 'guardians', 'school'))
);
--> statement-breakpoint
CREATE TABLE "case_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"meeting_on" date NOT NULL,
	"invitation" jsonb NOT NULL,
	"minutes" jsonb,
	"pupil_voice" jsonb,
	"held_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"minutes_by" uuid,
	CONSTRAINT "case_meetings_minutes" CHECK (("case_meetings"."minutes" is null) = ("case_meetings"."held_at" is null) and ("case_meetings"."minutes" is null) = ("case_meetings"."pupil_voice" is null))
);
--> statement-breakpoint
CREATE TABLE "case_members" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_members_case_id_user_id_pk" PRIMARY KEY("case_id","user_id"),
	CONSTRAINT "case_members_role" CHECK ("case_members"."role" in ('contactTeacher', 'counsellor', 'nurse', 'resourceTeam', 'leadership', 'socialTeacher', 'attendanceContact'))
);
--> statement-breakpoint
CREATE TABLE "followup_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"staircase_id" text NOT NULL,
	"staircase_version" integer NOT NULL,
	"staircase" jsonb NOT NULL,
	"concern_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"current_step_id" text NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "followup_cases_status" CHECK ("followup_cases"."status" in ('open', 'closed')),
	CONSTRAINT "followup_cases_closed" CHECK (("followup_cases"."status" = 'closed') = ("followup_cases"."closed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_reference";--> statement-breakpoint
ALTER TABLE "case_agreement_versions" ADD CONSTRAINT "case_agreement_versions_agreement_id_case_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."case_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_agreement_versions" ADD CONSTRAINT "case_agreement_versions_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_agreement_versions" ADD CONSTRAINT "case_agreement_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_agreements" ADD CONSTRAINT "case_agreements_case_id_followup_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."followup_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_agreements" ADD CONSTRAINT "case_agreements_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_agreements" ADD CONSTRAINT "case_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_case_id_followup_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."followup_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conversations" ADD CONSTRAINT "case_conversations_case_id_followup_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."followup_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conversations" ADD CONSTRAINT "case_conversations_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conversations" ADD CONSTRAINT "case_conversations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_followup_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."followup_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_mappings" ADD CONSTRAINT "case_mappings_case_id_followup_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."followup_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_mappings" ADD CONSTRAINT "case_mappings_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_mappings" ADD CONSTRAINT "case_mappings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_case_id_followup_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."followup_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_minutes_by_users_id_fk" FOREIGN KEY ("minutes_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_case_id_followup_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."followup_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cases" ADD CONSTRAINT "followup_cases_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cases" ADD CONSTRAINT "followup_cases_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cases" ADD CONSTRAINT "followup_cases_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cases" ADD CONSTRAINT "followup_cases_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_cases" ADD CONSTRAINT "followup_cases_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_agreements_case_idx" ON "case_agreements" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_contacts_case_idx" ON "case_contacts" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_conversations_case_idx" ON "case_conversations" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_event_uq" ON "case_events" USING btree ("case_id","event_id");--> statement-breakpoint
CREATE INDEX "case_mappings_case_idx" ON "case_mappings" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_meetings_case_idx" ON "case_meetings" USING btree ("case_id","meeting_on");--> statement-breakpoint
CREATE INDEX "case_members_user_idx" ON "case_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "followup_cases_school_idx" ON "followup_cases" USING btree ("school_id","status");--> statement-breakpoint
CREATE INDEX "followup_cases_pupil_idx" ON "followup_cases" USING btree ("pupil_id");--> statement-breakpoint
CREATE UNIQUE INDEX "followup_cases_open_uq" ON "followup_cases" USING btree ("pupil_id") WHERE "followup_cases"."status" = 'open';--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('concern', 'limit_warning', 'documentation_reminder', 'decision', 'case_reminder'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_reference" CHECK (("notifications"."kind" = 'concern' and "notifications"."concern_id" is not null) or ("notifications"."kind" = 'limit_warning' and "notifications"."warning_id" is not null) or ("notifications"."kind" in ('documentation_reminder', 'decision', 'case_reminder') and "notifications"."reference" is not null));--> statement-breakpoint
-- A case's events and an agreement's versions are the documentation the law
-- asks for: appended to, never changed or deleted, whoever asks (as audit_log).
CREATE FUNCTION followup_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_events_append_only
  BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION followup_refuse_change();
--> statement-breakpoint
CREATE TRIGGER case_events_no_truncate
  BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION followup_refuse_change();
--> statement-breakpoint
CREATE TRIGGER case_agreement_versions_append_only
  BEFORE UPDATE OR DELETE ON case_agreement_versions
  FOR EACH ROW EXECUTE FUNCTION followup_refuse_change();
--> statement-breakpoint
CREATE TRIGGER case_agreement_versions_no_truncate
  BEFORE TRUNCATE ON case_agreement_versions
  FOR EACH STATEMENT EXECUTE FUNCTION followup_refuse_change();
