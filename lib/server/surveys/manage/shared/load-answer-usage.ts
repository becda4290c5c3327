import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { otherKey } from "@/lib/domain/surveys/logic";
import type { AnswerUsage } from "@/lib/server/surveys/manage/shared/definition-change-guard";

/**
 * What the survey's responses (submitted and drafts) hold for these questions: whether each was
 * answered, and the choices, grid rows or scale points stored. One pass over the survey's responses,
 * run only when a save touches questions whose answers it could break.
 */
/** Whether anyone has started or sent a response to the survey (drafts count: their answers are kept). */
export async function surveyHasResponses(executor: Executor, surveyId: string): Promise<boolean> {
  const [any] = await executor.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).limit(1);
  return Boolean(any);
}

export async function loadAnswerUsage(executor: Executor, surveyId: string, questionIds: string[]): Promise<AnswerUsage> {
  const usage = { hasResponses: await surveyHasResponses(executor, surveyId), answered: new Set<string>(), values: new Map<string, Set<string>>() };
  if (!usage.hasResponses || questionIds.length === 0) return usage;
  const keys = questionIds.flatMap((id) => [id, otherKey(id)]);
  const rows = await executor
    .selectDistinct({ key: sql<string>`e.key`, value: sql<string | null>`v.value` })
    .from(
      sql`survey_responses r
        cross join lateral jsonb_each(r.answers) e
        left join lateral (
          select jsonb_array_elements_text(case when jsonb_typeof(e.value) = 'array' then e.value else '[]'::jsonb end)
          union all select jsonb_object_keys(case when jsonb_typeof(e.value) = 'object' then e.value else '{}'::jsonb end)
          union all select e.value #>> '{}' where jsonb_typeof(e.value) not in ('array', 'object')
        ) as v(value) on true`,
    )
    .where(sql`r.survey_id = ${surveyId} and e.key in (${sql.join(keys.map((key) => sql`${key}`), sql`, `)})`);
  for (const row of rows) {
    const question = row.key.split(".")[0] ?? row.key;
    usage.answered.add(question);
    if (row.value !== null && row.key === question) {
      const values = usage.values.get(question) ?? new Set<string>();
      values.add(row.value);
      usage.values.set(question, values);
    }
  }
  return usage;
}
