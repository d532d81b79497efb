CREATE TABLE "calendar_task_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"task_key" text NOT NULL,
	"due_on" date NOT NULL,
	"assignee_id" uuid,
	"done_by" uuid,
	"done_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"task_key" text NOT NULL,
	"definition" jsonb NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monthly_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"month" text NOT NULL,
	"checked" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"done_by" uuid,
	"done_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_reviews_month" CHECK ("monthly_reviews"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "monthly_reviews_note" CHECK ("monthly_reviews"."note" is null or length("monthly_reviews"."note") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "calendar_task_marks" ADD CONSTRAINT "calendar_task_marks_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_task_marks" ADD CONSTRAINT "calendar_task_marks_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_task_marks" ADD CONSTRAINT "calendar_task_marks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_task_marks" ADD CONSTRAINT "calendar_task_marks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tasks" ADD CONSTRAINT "calendar_tasks_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reviews" ADD CONSTRAINT "monthly_reviews_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reviews" ADD CONSTRAINT "monthly_reviews_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reviews" ADD CONSTRAINT "monthly_reviews_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_task_marks_uq" ON "calendar_task_marks" USING btree ("school_id","task_key","due_on");--> statement-breakpoint
CREATE INDEX "calendar_task_marks_assignee_idx" ON "calendar_task_marks" USING btree ("assignee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_tasks_owner_key_uq" ON "calendar_tasks" USING btree ("owner_id","task_key");--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_reviews_school_month_uq" ON "monthly_reviews" USING btree ("school_id","month");--> statement-breakpoint
-- Behind the tenant wall like every owner's table (ADR 012).
SELECT wall_owner_tables();
