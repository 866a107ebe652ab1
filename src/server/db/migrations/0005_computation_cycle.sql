-- An approved cycle's result is kept as a computation, linked to the cycle it was stored from and
-- withdrawn when the cycle is reopened; a cycle keeps the indicators marked not applicable;
-- published results tell the read caches when they change.
ALTER TABLE "computations" ADD COLUMN "cycle_id" uuid;--> statement-breakpoint
ALTER TABLE "computations" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "not_applicable" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "computations" ADD CONSTRAINT "computations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The published results are read on every visit of the leader's home and change only on import:
-- kept in the server's read cache, cleared by this notice (see db/table-changes.ts).
CREATE TRIGGER "published_results_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "published_results"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
