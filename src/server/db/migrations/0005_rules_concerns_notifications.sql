CREATE TABLE "concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"key" text NOT NULL,
	"rule_id" text NOT NULL,
	"rule_name" text NOT NULL,
	"policy_version" integer NOT NULL,
	"measure" text NOT NULL,
	"level" text NOT NULL,
	"approaching" boolean NOT NULL,
	"comparison" text NOT NULL,
	"threshold" double precision NOT NULL,
	"value" double precision NOT NULL,
	"base" integer,
	"current_value" double precision NOT NULL,
	"window_kind" text NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"window_until" date NOT NULL,
	"window_label" text,
	"subject_id" uuid,
	"evidence" date[] NOT NULL,
	"notify" text[] NOT NULL,
	"due_by" date NOT NULL,
	"step" jsonb,
	"raised_on" date NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"holds" boolean DEFAULT true NOT NULL,
	"evaluated_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	CONSTRAINT "concerns_level" CHECK ("concerns"."level" in ('notice', 'concern', 'serious')),
	CONSTRAINT "concerns_status" CHECK ("concerns"."status" in ('open', 'handled', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"concern_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_user_id" uuid,
	"recipient_guardian_id" uuid,
	"recipient_key" text NOT NULL,
	"email" text,
	"locale" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"neutral" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempted_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_channel" CHECK ("notifications"."channel" in ('app', 'email')),
	CONSTRAINT "notifications_status" CHECK ("notifications"."status" in ('pending', 'sending', 'sent', 'failed', 'uncertain', 'not_sent', 'delivered'))
);
--> statement-breakpoint
CREATE TABLE "owner_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"policy" jsonb NOT NULL,
	"based_on" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "owner_policies_version" CHECK ("owner_policies"."version" >= 1),
	CONSTRAINT "owner_policies_note" CHECK ("owner_policies"."note" is null or length("owner_policies"."note") <= 500)
);
--> statement-breakpoint
CREATE TABLE "pupils_to_evaluate" (
	"pupil_id" uuid PRIMARY KEY NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_guardian_id_guardians_id_fk" FOREIGN KEY ("recipient_guardian_id") REFERENCES "public"."guardians"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_policies" ADD CONSTRAINT "owner_policies_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_policies" ADD CONSTRAINT "owner_policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupils_to_evaluate" ADD CONSTRAINT "pupils_to_evaluate_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "concerns_pupil_key_uq" ON "concerns" USING btree ("pupil_id","key");--> statement-breakpoint
CREATE INDEX "concerns_school_idx" ON "concerns" USING btree ("school_id","status");--> statement-breakpoint
CREATE INDEX "concerns_owner_idx" ON "concerns" USING btree ("owner_id","raised_on");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_uq" ON "notifications" USING btree ("concern_id","channel","recipient_key");--> statement-breakpoint
CREATE INDEX "notifications_school_idx" ON "notifications" USING btree ("school_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("recipient_user_id","read_at");--> statement-breakpoint
CREATE UNIQUE INDEX "owner_policies_owner_version_uq" ON "owner_policies" USING btree ("owner_id","version");