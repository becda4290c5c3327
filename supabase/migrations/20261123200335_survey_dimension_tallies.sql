CREATE TABLE "survey_dimension_tallies" (
	"survey_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"question_key" text NOT NULL,
	"choice" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_dimension_tallies_survey_id_dimension_value_question_key_choice_pk" PRIMARY KEY("survey_id","dimension","value","question_key","choice")
);
--> statement-breakpoint
ALTER TABLE "survey_dimension_tallies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "survey_dimension_tallies" ADD CONSTRAINT "survey_dimension_tallies_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Responses submitted before this table existed: their counts per dimension, as tallyKeys
-- (lib/surveys/tallies.ts) makes them from the stored answers (already checked at submission).
INSERT INTO "survey_dimension_tallies" ("survey_id", "dimension", "value", "question_key", "choice", "count")
SELECT r.survey_id, d.dimension, d.value, k.question_key, k.choice, count(*)::int
FROM "survey_responses" r
JOIN "surveys" s ON s.id = r.survey_id
CROSS JOIN LATERAL (VALUES ('sector', r.sector), ('size', r.size_band::text), ('neighbourhood', r.neighbourhood_id::text)) d(dimension, value)
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
WHERE r.status = 'submitted' AND d.value IS NOT NULL
GROUP BY r.survey_id, d.dimension, d.value, k.question_key, k.choice;
