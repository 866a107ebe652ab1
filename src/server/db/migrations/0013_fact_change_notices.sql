-- What a plan's targets read of the province (the years' results, the figures being collected)
-- is kept in the server's read cache until one of these tables changes: the notice clears it
-- (see db/table-changes.ts). One notice per statement, so a save of forty figures sends one.
CREATE TRIGGER "data_values_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "data_values"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "cycles_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cycles"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "cycle_assignments_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cycle_assignments"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "submissions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "submissions"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "computations_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "computations"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "frameworks_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "frameworks"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "framework_versions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "framework_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
