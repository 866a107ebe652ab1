CREATE TABLE "plan_report_amendments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"before" jsonb NOT NULL,
	"amended_by" uuid,
	"amended_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_report_figures" (
	"report_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"value" numeric NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_report_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"media_type" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_report_items" (
	"report_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"status" text,
	"progress" text
);
--> statement-breakpoint
CREATE TABLE "plan_report_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"agency_due" date NOT NULL,
	"department_due" date NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "plan_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"difficulties" text,
	"proposals" text,
	"sign_off_requested_at" timestamp with time zone,
	"signed_off_by" uuid,
	"signed_off_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"first_submitted_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "report_schedule" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_report_amendments" ADD CONSTRAINT "plan_report_amendments_report_id_plan_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."plan_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_report_figures" ADD CONSTRAINT "plan_report_figures_report_id_plan_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."plan_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_report_files" ADD CONSTRAINT "plan_report_files_report_id_plan_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."plan_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_report_items" ADD CONSTRAINT "plan_report_items_report_id_plan_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."plan_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_report_periods" ADD CONSTRAINT "plan_report_periods_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_period_id_plan_report_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."plan_report_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reports" ADD CONSTRAINT "plan_reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_report_amendments_report_idx" ON "plan_report_amendments" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_report_figures_key" ON "plan_report_figures" USING btree ("report_id","target_id");--> statement-breakpoint
CREATE INDEX "plan_report_files_report_idx" ON "plan_report_files" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_report_items_key" ON "plan_report_items" USING btree ("report_id","task_id");--> statement-breakpoint
CREATE INDEX "plan_report_items_task_idx" ON "plan_report_items" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_report_periods_key" ON "plan_report_periods" USING btree ("plan_id","kind","year");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_reports_period_agency_key" ON "plan_reports" USING btree ("period_id","agency_id");