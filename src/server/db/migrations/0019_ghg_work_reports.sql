CREATE TABLE "ghg_work_reports" (
	"year" integer PRIMARY KEY NOT NULL,
	"fields" jsonb NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
