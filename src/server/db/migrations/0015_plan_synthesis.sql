CREATE TABLE "plan_conclusions" (
	"period_id" uuid PRIMARY KEY NOT NULL,
	"number_symbol" text DEFAULT '' NOT NULL,
	"issued_on" date NOT NULL,
	"author" text NOT NULL,
	"body" text NOT NULL,
	"section_id" uuid,
	"row_version" integer DEFAULT 1 NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_syntheses" (
	"period_id" uuid PRIMARY KEY NOT NULL,
	"fields" jsonb NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_conclusions" ADD CONSTRAINT "plan_conclusions_period_id_plan_report_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."plan_report_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_syntheses" ADD CONSTRAINT "plan_syntheses_period_id_plan_report_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."plan_report_periods"("id") ON DELETE cascade ON UPDATE no action;