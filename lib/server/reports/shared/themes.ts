import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { findQuestion, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { QUOTES_PER_THEME, suppressThemes } from "@/lib/domain/reports/suppress-facts";
import type { ReportTheme } from "@/lib/domain/reports/facts";
import { queryRows } from "@/lib/server/shared/query-rows";
import type { ReportSubject } from "./subject";

const ZThemeRow = z.object({
  label: z.string(),
  questionKey: z.string().nullable(),
  keyPhrases: z.array(z.string()),
  count: z.coerce.number().int(),
  quotes: z.array(z.string().nullable()),
});

/** An item counts when it is still shown: a published comment, or a submitted response's answer. */
const COUNTED_ITEM = sql`(c.item_kind = 'comment' and exists (select 1 from comments cm where cm.id = c.item_id and cm.status = 'published'))
  or (c.item_kind = 'answer' and exists (select 1 from survey_responses r where r.id = c.item_id and r.status = 'submitted'))`;

/**
 * The subject's visible themes (not deleted, not merged), each with how many shown items its
 * codings hold (not removed) and its best-scored quotes, all counted and chosen in SQL: a published
 * comment's body, or a submitted answer's text to the subject's question.
 */
export async function readThemes(executor: Executor, subject: ReportSubject, definition: SurveyDefinition | null): Promise<ReportTheme[]> {
  const subjectWhere = subject.kind === "topic" ? sql`s.kind = 'topic' and s.topic_id = ${subject.id}` : sql`s.kind = 'survey_question' and s.survey_id = ${subject.id}`;
  const rows = await queryRows(
    executor,
    sql`select t.label, s.question_key as "questionKey", t.key_phrases as "keyPhrases",
        (select count(*) from insight_codings c where c.theme_id = t.id and not c.removed and (${COUNTED_ITEM})) as count,
        coalesce((select json_agg(q.body) from (
          select coalesce(cm.body, r.answers ->> s.question_key) as body
          from insight_codings c
          left join comments cm on c.item_kind = 'comment' and cm.id = c.item_id and cm.status = 'published'
          left join survey_responses r on c.item_kind = 'answer' and r.id = c.item_id and r.status = 'submitted'
          where c.theme_id = t.id and not c.removed and btrim(coalesce(cm.body, r.answers ->> s.question_key, '')) <> ''
          order by c.score desc, c.coded_at, c.item_id
          limit ${QUOTES_PER_THEME}
        ) q), '[]'::json) as quotes
      from insight_themes t join insight_subjects s on s.id = t.subject_id
      where ${subjectWhere} and t.deleted_at is null and t.merged_into is null`,
    ZThemeRow,
  );
  return suppressThemes(
    rows.map((row) => ({
      label: row.label,
      question: row.questionKey && definition ? (findQuestion(definition, row.questionKey)?.title ?? null) : null,
      keyPhrases: row.keyPhrases,
      count: row.count,
      quotes: row.quotes.filter((quote): quote is string => Boolean(quote?.trim())),
    })),
  );
}
