CREATE TABLE "case_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"given_on" date NOT NULL,
	"content" jsonb NOT NULL,
	"withdrawn_on" date,
	"withdrawn_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_consents_decision" CHECK ("case_consents"."decision" in ('given', 'refused')),
	CONSTRAINT "case_consents_withdrawn" CHECK (("case_consents"."withdrawn_on" is null) = ("case_consents"."withdrawn_by" is null)),
	CONSTRAINT "case_consents_withdrawn_given" CHECK ("case_consents"."withdrawn_on" is null or ("case_consents"."decision" = 'given' and "case_consents"."withdrawn_on" >= "case_consents"."given_on"))
);
--> statement-breakpoint
ALTER TABLE "case_members" DROP CONSTRAINT "case_members_role";--> statement-breakpoint
ALTER TABLE "case_members" ADD COLUMN "service" text;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_case_id_followup_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."followup_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_consents_case_idx" ON "case_consents" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_service" CHECK (("case_members"."role" = 'outsideService') = ("case_members"."service" is not null));--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_role" CHECK ("case_members"."role" in ('contactTeacher', 'counsellor', 'nurse', 'resourceTeam', 'leadership', 'socialTeacher', 'attendanceContact', 'outsideService'));--> statement-breakpoint
-- The tenant wall over the new table (0014).
SELECT wall_owner_tables();
