CREATE TABLE "ghg_facilities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tax_code" text,
	"address" text NOT NULL,
	"commune_id" uuid,
	"listed_address" text NOT NULL,
	"listed_province_code" text,
	"sector" text NOT NULL,
	"sub_sector" text,
	"ministry" text NOT NULL,
	"threshold" text,
	"quota_status" text DEFAULT 'none' NOT NULL,
	"quota_sector" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"agency_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"delisted_by_list_id" uuid,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ghg_facility_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"list_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ghg_facility_listings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"annex" text,
	"row_number" text,
	"name" text NOT NULL,
	"tax_code" text,
	"address" text NOT NULL,
	"sector" text NOT NULL,
	"sub_sector" text,
	"ministry" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ghg_list_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"list" jsonb NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"rows" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ghg_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"signed_on" date,
	"effective_from" date,
	"replaces_list_id" uuid,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ghg_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"list_id" uuid,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"agency_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"note" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ghg_facilities" ADD CONSTRAINT "ghg_facilities_commune_id_org_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_facilities" ADD CONSTRAINT "ghg_facilities_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_facilities" ADD CONSTRAINT "ghg_facilities_delisted_by_list_id_ghg_lists_id_fk" FOREIGN KEY ("delisted_by_list_id") REFERENCES "public"."ghg_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_facility_events" ADD CONSTRAINT "ghg_facility_events_facility_id_ghg_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."ghg_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_facility_events" ADD CONSTRAINT "ghg_facility_events_list_id_ghg_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."ghg_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_facility_listings" ADD CONSTRAINT "ghg_facility_listings_facility_id_ghg_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."ghg_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_facility_listings" ADD CONSTRAINT "ghg_facility_listings_list_id_ghg_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."ghg_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghg_reviews" ADD CONSTRAINT "ghg_reviews_list_id_ghg_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."ghg_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ghg_facilities_tax_code_key" ON "ghg_facilities" USING btree ("tax_code") WHERE tax_code is not null;--> statement-breakpoint
CREATE INDEX "ghg_facilities_agency_idx" ON "ghg_facilities" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "ghg_facility_events_facility_idx" ON "ghg_facility_events" USING btree ("facility_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ghg_facility_listings_key" ON "ghg_facility_listings" USING btree ("facility_id","list_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ghg_lists_code_key" ON "ghg_lists" USING btree ("code");