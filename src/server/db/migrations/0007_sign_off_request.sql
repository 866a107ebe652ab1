ALTER TABLE "submissions" ADD COLUMN "sign_off_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "sign_off_requested_by" uuid;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "sign_off_reset_note" text;