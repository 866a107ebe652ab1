CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number_symbol" text,
	"issued_on" date,
	"issuer" text NOT NULL,
	"title" text NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"scope" text NOT NULL,
	"status" text NOT NULL,
	"parent_plan_id" uuid,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
