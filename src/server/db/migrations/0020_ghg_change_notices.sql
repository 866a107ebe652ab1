-- The greenhouse-gas register's list and the province's picture are kept in the server's read
-- cache until one of these tables changes: the notice clears it (see db/table-changes.ts).
CREATE TRIGGER "ghg_lists_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ghg_lists"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "ghg_facilities_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ghg_facilities"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "ghg_facility_listings_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ghg_facility_listings"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "ghg_facility_events_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ghg_facility_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "ghg_obligation_rules_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ghg_obligation_rules"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "ghg_reports_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ghg_reports"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "ghg_report_versions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ghg_report_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
