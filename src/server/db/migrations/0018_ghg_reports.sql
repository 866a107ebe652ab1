CREATE TABLE "ghg_obligation_rules" (
	"code" text PRIMARY KEY NOT NULL,
	"rule" jsonb NOT NULL,
	"shipped" jsonb NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"edited_by" uuid,
	"edited_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ghg_report_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"version_number" integer,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"media_type" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ghg_report_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text,
	"due_on" date,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ghg_report_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"reason" text,
	"gwp_code" text NOT NULL,
	"lines" jsonb NOT NULL,
	"factors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"declared" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ghg_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"rule_code" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"received_on" date NOT NULL,
	"received_via" text NOT NULL,
	"information_due_on" date,
	"appraisal_body" text,
	"appraisers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" text,
	"determined" jsonb,
	"verifier" text,
	"verification_conclusion" text,
	"verified_on" date,
	"current_version" integer DEFAULT 1 NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "facility_id" uuid;--> statement-breakpoint
ALTER TABLE "ghg_report_documents" ADD CONSTRAINT "ghg_report_documents_report_id_ghg_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."ghg_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_report_events" ADD CONSTRAINT "ghg_report_events_report_id_ghg_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."ghg_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_report_versions" ADD CONSTRAINT "ghg_report_versions_report_id_ghg_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."ghg_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_reports" ADD CONSTRAINT "ghg_reports_facility_id_ghg_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."ghg_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ghg_report_documents_report_idx" ON "ghg_report_documents" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "ghg_report_events_report_idx" ON "ghg_report_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "ghg_report_versions_key" ON "ghg_report_versions" USING btree ("report_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "ghg_reports_obligation_key" ON "ghg_reports" USING btree ("facility_id","rule_code","year");--> statement-breakpoint
CREATE INDEX "ghg_reports_year_idx" ON "ghg_reports" USING btree ("year");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_facility_id_ghg_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."ghg_facilities"("id") ON DELETE no action ON UPDATE no action;