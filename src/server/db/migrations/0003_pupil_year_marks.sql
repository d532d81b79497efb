CREATE TABLE "pupil_year_marks" (
	"pupil_id" uuid NOT NULL,
	"start_year" smallint NOT NULL,
	"owner_id" uuid NOT NULL,
	"dictionary" jsonb NOT NULL,
	"days" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pupil_year_marks_pupil_id_start_year_pk" PRIMARY KEY("pupil_id","start_year")
);
--> statement-breakpoint
CREATE TABLE "pupil_year_marks_stale" (
	"pupil_id" uuid NOT NULL,
	"date" date NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pupil_year_marks_stale_pupil_id_date_pk" PRIMARY KEY("pupil_id","date")
);
--> statement-breakpoint
ALTER TABLE "pupil_year_marks" ADD CONSTRAINT "pupil_year_marks_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupil_year_marks" ADD CONSTRAINT "pupil_year_marks_owner_id_school_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."school_owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pupil_year_marks_owner_year_idx" ON "pupil_year_marks" USING btree ("owner_id","start_year");