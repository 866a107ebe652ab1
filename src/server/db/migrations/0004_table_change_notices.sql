-- After a commit that changed who may sign in or what an agency is called, the embedded database
-- tells the server's in-process read caches which table changed (see db/table-changes.ts).
CREATE FUNCTION "notify_table_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('pepi_table_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "users_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "agencies_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "agencies"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
--> statement-breakpoint
CREATE TRIGGER "org_units_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "org_units"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_table_changed"();
