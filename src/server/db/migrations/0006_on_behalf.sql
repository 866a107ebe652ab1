CREATE TABLE "agency_letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cycle_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"media_type" text NOT NULL,
	"doc_number" text NOT NULL,
	"doc_date" date NOT NULL,
	"note" text,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cycle_assignments" ADD COLUMN "no_data_reason" text;--> statement-breakpoint
ALTER TABLE "cycle_assignments" ADD COLUMN "no_data_by" uuid;--> statement-breakpoint
ALTER TABLE "cycle_assignments" ADD COLUMN "no_data_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "on_behalf_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "on_behalf_by" uuid;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "missing_reason" text;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "missing_accepted_by" uuid;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "missing_accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agency_letters" ADD CONSTRAINT "agency_letters_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_letters" ADD CONSTRAINT "agency_letters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agency_letters_cycle_agency_idx" ON "agency_letters" USING btree ("cycle_id","agency_id");