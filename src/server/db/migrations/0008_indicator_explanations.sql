CREATE TABLE "indicator_explanations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cycle_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"body" text NOT NULL,
	"agency_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_explanations" ADD CONSTRAINT "indicator_explanations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_explanations" ADD CONSTRAINT "indicator_explanations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_explanations_cycle_indicator_key" ON "indicator_explanations" USING btree ("cycle_id","indicator_code");--> statement-breakpoint
-- Explanations of indicators written before, one per agency, become one per indicator: the
-- agency's own text where one agency wrote it, each agency's text under its name otherwise.
INSERT INTO "indicator_explanations" ("id", "cycle_id", "indicator_code", "body", "agency_id", "updated_by", "updated_at")
SELECT gen_random_uuid(), e."cycle_id", substring(e."subject" from 11),
       CASE WHEN count(*) = 1 THEN min(e."body")
            ELSE string_agg(a."name" || ': ' || e."body", E'\n' ORDER BY a."name") END,
       CASE WHEN count(*) = 1 THEN min(e."agency_id"::text)::uuid END,
       NULL, max(e."updated_at")
FROM "explanations" e JOIN "agencies" a ON a."id" = e."agency_id"
WHERE e."subject" LIKE 'indicator:%'
GROUP BY e."cycle_id", e."subject";--> statement-breakpoint
DELETE FROM "explanations" WHERE "subject" LIKE 'indicator:%';
