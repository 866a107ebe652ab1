CREATE TABLE "former_province_figures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"framework_code" text NOT NULL,
	"code" text NOT NULL,
	"value_number" numeric NOT NULL,
	"source" text,
	"file_name" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "successor_agency_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "former_province_figures_key" ON "former_province_figures" USING btree ("province_code","year","framework_code","code");