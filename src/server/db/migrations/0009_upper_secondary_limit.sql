CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"limit_applies" boolean NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_kind" CHECK ("assessments"."kind" in ('half_year', 'final'))
);
--> statement-breakpoint
CREATE TABLE "certificate_leave_offs" (
	"pupil_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"date" date NOT NULL,
	"position" smallint NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_leave_offs_pupil_id_date_pk" PRIMARY KEY("pupil_id","date")
);
--> statement-breakpoint
CREATE TABLE "discretion_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"grounds" text NOT NULL,
	"percent_at_decision" double precision NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discretion_decisions_decision" CHECK ("discretion_decisions"."decision" in ('grade_allowed', 'limit_applies')),
	CONSTRAINT "discretion_decisions_grounds" CHECK (length("discretion_decisions"."grounds") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "documentation_submission_marks" (
	"submission_id" uuid NOT NULL,
	"mark_id" bigint NOT NULL,
	CONSTRAINT "documentation_submission_marks_submission_id_mark_id_pk" PRIMARY KEY("submission_id","mark_id")
);
--> statement-breakpoint
CREATE TABLE "documentation_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason_code" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "documentation_submissions_status" CHECK ("documentation_submissions"."status" in ('submitted', 'accepted', 'rejected', 'withdrawn')),
	CONSTRAINT "documentation_submissions_reason" CHECK ("documentation_submissions"."decision_reason" is null or length("documentation_submissions"."decision_reason") <= 500),
	CONSTRAINT "documentation_submissions_rejected" CHECK ("documentation_submissions"."status" <> 'rejected' or "documentation_submissions"."decision_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "limit_warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"assessment_id" uuid,
	"assessment_kind" text NOT NULL,
	"assessment_date" date NOT NULL,
	"because" text NOT NULL,
	"sent_on" date NOT NULL,
	"figures" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "limit_warnings_kind" CHECK ("limit_warnings"."assessment_kind" in ('half_year', 'final')),
	CONSTRAINT "limit_warnings_because" CHECK ("limit_warnings"."because" in ('over_limit', 'forecast_over_limit', 'at_risk_share'))
);
--> statement-breakpoint
CREATE TABLE "mark_complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mark_id" bigint NOT NULL,
	"pupil_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claim" text NOT NULL,
	"claim_minutes_late" smallint,
	"explanation" text NOT NULL,
	"mark_status" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "mark_complaints_claim" CHECK ("mark_complaints"."claim" in ('present', 'late', 'organised_study')),
	CONSTRAINT "mark_complaints_minutes" CHECK (("mark_complaints"."claim" = 'late' and "mark_complaints"."claim_minutes_late" between 1 and 240) or ("mark_complaints"."claim" <> 'late' and "mark_complaints"."claim_minutes_late" is null)),
	CONSTRAINT "mark_complaints_explanation" CHECK (length("mark_complaints"."explanation") between 1 and 1000),
	CONSTRAINT "mark_complaints_status" CHECK ("mark_complaints"."status" in ('submitted', 'accepted', 'rejected')),
	CONSTRAINT "mark_complaints_rejected" CHECK ("mark_complaints"."status" <> 'rejected' or "mark_complaints"."decision_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "pupil_health_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pupil_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_by" uuid,
	"ended_at" timestamp with time zone,
	CONSTRAINT "pupil_health_risks_end" CHECK (("pupil_health_risks"."ended_at" is null) = ("pupil_health_risks"."ended_by" is null))
);
--> statement-breakpoint
CREATE TABLE "submission_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_files_type" CHECK ("submission_files"."content_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "submission_files_size" CHECK ("submission_files"."size" between 1 and 5242880)
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "concern_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "kind" text DEFAULT 'concern' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "warning_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "reference" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "open_token_hash" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_leave_offs" ADD CONSTRAINT "certificate_leave_offs_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_leave_offs" ADD CONSTRAINT "certificate_leave_offs_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_leave_offs" ADD CONSTRAINT "certificate_leave_offs_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discretion_decisions" ADD CONSTRAINT "discretion_decisions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discretion_decisions" ADD CONSTRAINT "discretion_decisions_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discretion_decisions" ADD CONSTRAINT "discretion_decisions_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discretion_decisions" ADD CONSTRAINT "discretion_decisions_school_year_id_school_years_id_fk" FOREIGN KEY ("school_year_id") REFERENCES "public"."school_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discretion_decisions" ADD CONSTRAINT "discretion_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_submission_marks" ADD CONSTRAINT "documentation_submission_marks_submission_id_documentation_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."documentation_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_submission_marks" ADD CONSTRAINT "documentation_submission_marks_mark_id_attendance_marks_id_fk" FOREIGN KEY ("mark_id") REFERENCES "public"."attendance_marks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_submissions" ADD CONSTRAINT "documentation_submissions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_submissions" ADD CONSTRAINT "documentation_submissions_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_submissions" ADD CONSTRAINT "documentation_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_submissions" ADD CONSTRAINT "documentation_submissions_reason_code_absence_reasons_code_fk" FOREIGN KEY ("reason_code") REFERENCES "public"."absence_reasons"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documentation_submissions" ADD CONSTRAINT "documentation_submissions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "limit_warnings" ADD CONSTRAINT "limit_warnings_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "limit_warnings" ADD CONSTRAINT "limit_warnings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "limit_warnings" ADD CONSTRAINT "limit_warnings_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "limit_warnings" ADD CONSTRAINT "limit_warnings_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "limit_warnings" ADD CONSTRAINT "limit_warnings_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "limit_warnings" ADD CONSTRAINT "limit_warnings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mark_complaints" ADD CONSTRAINT "mark_complaints_mark_id_attendance_marks_id_fk" FOREIGN KEY ("mark_id") REFERENCES "public"."attendance_marks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mark_complaints" ADD CONSTRAINT "mark_complaints_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mark_complaints" ADD CONSTRAINT "mark_complaints_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mark_complaints" ADD CONSTRAINT "mark_complaints_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mark_complaints" ADD CONSTRAINT "mark_complaints_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupil_health_risks" ADD CONSTRAINT "pupil_health_risks_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupil_health_risks" ADD CONSTRAINT "pupil_health_risks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupil_health_risks" ADD CONSTRAINT "pupil_health_risks_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_files" ADD CONSTRAINT "submission_files_submission_id_documentation_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."documentation_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_subject_kind_date_uq" ON "assessments" USING btree ("school_year_id","subject_id","kind","date");--> statement-breakpoint
CREATE INDEX "certificate_leave_offs_year_idx" ON "certificate_leave_offs" USING btree ("school_year_id","pupil_id");--> statement-breakpoint
CREATE INDEX "discretion_decisions_pupil_idx" ON "discretion_decisions" USING btree ("pupil_id","subject_id");--> statement-breakpoint
CREATE INDEX "documentation_submission_marks_mark_idx" ON "documentation_submission_marks" USING btree ("mark_id");--> statement-breakpoint
CREATE INDEX "documentation_submissions_pupil_idx" ON "documentation_submissions" USING btree ("pupil_id","submitted_at");--> statement-breakpoint
CREATE INDEX "documentation_submissions_school_idx" ON "documentation_submissions" USING btree ("school_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "limit_warnings_once_uq" ON "limit_warnings" USING btree ("pupil_id","subject_id","assessment_kind","assessment_date");--> statement-breakpoint
CREATE INDEX "limit_warnings_school_idx" ON "limit_warnings" USING btree ("school_id","sent_on");--> statement-breakpoint
CREATE INDEX "mark_complaints_mark_idx" ON "mark_complaints" USING btree ("mark_id");--> statement-breakpoint
CREATE INDEX "mark_complaints_school_idx" ON "mark_complaints" USING btree ("school_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "mark_complaints_open_uq" ON "mark_complaints" USING btree ("mark_id") WHERE "mark_complaints"."status" = 'submitted';--> statement-breakpoint
CREATE INDEX "pupil_health_risks_pupil_idx" ON "pupil_health_risks" USING btree ("pupil_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pupil_health_risks_open_uq" ON "pupil_health_risks" USING btree ("pupil_id") WHERE "pupil_health_risks"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "submission_files_submission_uq" ON "submission_files" USING btree ("submission_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_warning_id_limit_warnings_id_fk" FOREIGN KEY ("warning_id") REFERENCES "public"."limit_warnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_warning_once_uq" ON "notifications" USING btree ("warning_id","channel","recipient_key");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_reference_once_uq" ON "notifications" USING btree ("reference","channel","recipient_key");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_open_token_uq" ON "notifications" USING btree ("open_token_hash");--> statement-breakpoint
CREATE INDEX "notifications_warning_idx" ON "notifications" USING btree ("warning_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('concern', 'limit_warning', 'documentation_reminder', 'decision'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_reference" CHECK (("notifications"."kind" = 'concern' and "notifications"."concern_id" is not null) or ("notifications"."kind" = 'limit_warning' and "notifications"."warning_id" is not null) or ("notifications"."kind" in ('documentation_reminder', 'decision') and "notifications"."reference" is not null));