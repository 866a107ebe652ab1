CREATE TABLE "computations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"framework_version_id" uuid NOT NULL,
	"edition_code" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"total_hundredths" integer,
	"superseded_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"framework_code" text NOT NULL,
	"version" integer NOT NULL,
	"source_name" text NOT NULL,
	"source_text" text NOT NULL,
	"definition" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"current_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "published_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"province" text NOT NULL,
	"total_score" numeric,
	"rank" integer,
	"band" text,
	"parts" jsonb NOT NULL,
	"part_ranks" jsonb NOT NULL,
	"decision" text,
	"source_url" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" uuid
);
--> statement-breakpoint
ALTER TABLE "computations" ADD CONSTRAINT "computations_framework_version_id_framework_versions_id_fk" FOREIGN KEY ("framework_version_id") REFERENCES "public"."framework_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "computations" ADD CONSTRAINT "computations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_framework_code_frameworks_code_fk" FOREIGN KEY ("framework_code") REFERENCES "public"."frameworks"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "computations_unit_year_idx" ON "computations" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_versions_code_version_key" ON "framework_versions" USING btree ("framework_code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "published_results_kind_year_province_key" ON "published_results" USING btree ("kind","year","province");