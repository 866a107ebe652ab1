CREATE TABLE "pgi_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"part" text NOT NULL,
	"score" numeric,
	"rank" integer,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "published_results" ADD COLUMN "components" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "pgi_targets_province_year_part_key" ON "pgi_targets" USING btree ("province_code","year","part");