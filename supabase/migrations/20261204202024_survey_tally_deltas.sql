CREATE TABLE "survey_pair_tallies" (
	"survey_id" uuid NOT NULL,
	"first_dimension" text NOT NULL,
	"first_value" text NOT NULL,
	"second_dimension" text NOT NULL,
	"second_value" text NOT NULL,
	"question_key" text NOT NULL,
	"choice" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_pair_tallies_pk" PRIMARY KEY("survey_id","first_dimension","first_value","second_dimension","second_value","question_key","choice")
);
--> statement-breakpoint
ALTER TABLE "survey_pair_tallies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_tally_deltas" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_tally_deltas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"survey_id" uuid NOT NULL,
	"sector" text,
	"size_band" text,
	"neighbourhood_id" text,
	"question_keys" text[] NOT NULL,
	"choices" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_tally_deltas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "survey_responses_progress";--> statement-breakpoint
ALTER TABLE "survey_pair_tallies" ADD CONSTRAINT "survey_pair_tallies_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_tally_deltas" ADD CONSTRAINT "survey_tally_deltas_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_pair_tallies_by_second" ON "survey_pair_tallies" USING btree ("survey_id","first_dimension","second_dimension","second_value");--> statement-breakpoint
CREATE INDEX "survey_tally_deltas_survey" ON "survey_tally_deltas" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "survey_responses_drafts" ON "survey_responses" USING btree ("survey_id","furthest_section","sector","size_band","neighbourhood_id") WHERE "survey_responses"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "survey_responses_filters" ON "survey_responses" USING btree ("survey_id","sector","size_band","neighbourhood_id") WHERE "survey_responses"."status" = 'submitted';--> statement-breakpoint
-- A queue: submissions append rows and the folder deletes them, so vacuum it after every thousand.
ALTER TABLE "survey_tally_deltas" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);--> statement-breakpoint
-- Responses submitted before this table existed: their counts per pair of dimensions, as tallyKeys
-- (lib/domain/surveys/tallies.ts) makes them from the stored answers, exactly as the backfill of
-- survey_dimension_tallies did. The other two tallies are already right and no delta is pending.
INSERT INTO "survey_pair_tallies" ("survey_id", "first_dimension", "first_value", "second_dimension", "second_value", "question_key", "choice", "count")
SELECT r.survey_id, p.first_dimension, p.first_value, p.second_dimension, p.second_value, k.question_key, k.choice, count(*)::int
FROM "survey_responses" r
JOIN "surveys" s ON s.id = r.survey_id
CROSS JOIN LATERAL (VALUES
  ('neighbourhood', r.neighbourhood_id::text, 'sector', r.sector),
  ('neighbourhood', r.neighbourhood_id::text, 'size', r.size_band::text),
  ('sector', r.sector, 'size', r.size_band::text)
) p(first_dimension, first_value, second_dimension, second_value)
CROSS JOIN LATERAL (
  SELECT '*' AS question_key, '*' AS choice
  UNION ALL SELECT 'org.sector', r.sector WHERE r.sector IS NOT NULL
  UNION ALL SELECT 'org.size', r.size_band::text WHERE r.size_band IS NOT NULL
  UNION ALL SELECT 'org.neighbourhood', r.neighbourhood_id::text WHERE r.neighbourhood_id IS NOT NULL
  UNION ALL
  SELECT x.question_key, x.choice
  FROM jsonb_path_query(s.definition, '$.sections[*].questions[*]') q
  JOIN jsonb_each(r.answers) a ON a.key = q->>'id'
  CROSS JOIN LATERAL (
    SELECT a.key AS question_key, '*' AS choice
    UNION ALL SELECT a.key, a.value #>> '{}' WHERE jsonb_typeof(a.value) IN ('string', 'number', 'boolean')
      AND q->>'type' IN ('single_choice', 'dropdown', 'yes_no', 'consent', 'scale', 'number')
    UNION ALL SELECT a.key, e.value FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(a.value) = 'array' THEN a.value ELSE '[]' END) e
    UNION ALL SELECT a.key || '.' || g.key, c.choice FROM jsonb_each(CASE WHEN jsonb_typeof(a.value) = 'object' THEN a.value ELSE '{}' END) g
      CROSS JOIN LATERAL (VALUES ('*'), (g.value #>> '{}')) c(choice)
  ) x
  WHERE CASE jsonb_typeof(a.value)
    WHEN 'string' THEN btrim(a.value #>> '{}') <> ''
    WHEN 'array' THEN jsonb_array_length(a.value) > 0
    WHEN 'object' THEN a.value <> '{}'::jsonb
    WHEN 'null' THEN false
    ELSE true END
) k
WHERE r.status = 'submitted' AND p.first_value IS NOT NULL AND p.second_value IS NOT NULL
GROUP BY r.survey_id, p.first_dimension, p.first_value, p.second_dimension, p.second_value, k.question_key, k.choice;
