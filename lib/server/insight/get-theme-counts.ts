import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { dimensionsFor, isEqualitiesDimension, suppressThemeCounts, type InsightDimension, type ThemeCountRow } from "@/lib/domain/insight/theme-counts";
import { ValidationError } from "@/lib/errors";
import { queryRows } from "@/lib/server/shared/query-rows";
import { findSubject, liveItems, type SubjectRef } from "./shared/subject";

export type ThemeCounts = { dimension: InsightDimension; rows: ThemeCountRow[] };

const ZCount = z.object({ themeId: z.string(), value: z.string().nullable(), count: z.number() });
const ZTheme = z.object({ id: z.string(), label: z.string() });

/** Where each dimension's value comes from: the author (comments) or the response (answers); "about you" only where the person gave it. */
function valueOf(ref: SubjectRef, dimension: InsightDimension): SQL {
  if (isEqualitiesDimension(dimension)) return sql`case when e.answered_at is not null then e.${sql.identifier(dimension)} end`;
  if (dimension === "neighbourhood") return ref.kind === "topic" ? sql`u.neighbourhood_id::text` : sql`r.neighbourhood_id::text`;
  return dimension === "sector" ? sql`r.sector` : sql`r.size_band::text`;
}

/**
 * Each visible theme's live items counted by one dimension, suppressed (lib/domain/insight/theme-counts.ts).
 * `values` are the dimension's values in the order shown (neighbourhoods, sectors, size bands or the
 * question's answers): a value not among them counts as "not known".
 */
export async function getThemeCounts(ref: SubjectRef, dimension: InsightDimension, values: readonly string[]): Promise<ThemeCounts> {
  if (!dimensionsFor(ref.kind).includes(dimension)) throw new ValidationError("problems.insight.dimension");
  const db = getDb();
  const subject = await findSubject(db, ref);
  if (!subject) return { dimension, rows: [] };
  const visible = sql`t.subject_id = ${subject.id} and t.deleted_at is null and t.merged_into is null`;
  const [themes, counts] = await Promise.all([
    queryRows(db, sql`select t.id, t.label from insight_themes t where ${visible} order by t.label, t.id`, ZTheme),
    queryRows(
      db,
      sql`with coded as (
          select c.theme_id, live.item_id, live.person_id from insight_codings c
          join insight_themes t on t.id = c.theme_id
          join (${liveItems(ref)}) live on live.item_id = c.item_id
          where ${visible} and not c.removed
        )
        select coded.theme_id as "themeId", ${valueOf(ref, dimension)} as value, count(*)::int as count
        from coded
        left join users u on u.id = coded.person_id
        left join equalities_profiles e on e.user_id = coded.person_id
        ${ref.kind === "survey_question" ? sql`left join survey_responses r on r.id = coded.item_id` : sql``}
        group by 1, 2`,
      ZCount,
    ),
  ]);
  const rows = suppressThemeCounts(themes, counts, values);
  const totalOf = (row: ThemeCountRow) => (row.total.kind === "count" ? row.total.count : 0);
  return { dimension, rows: rows.sort((a, b) => totalOf(b) - totalOf(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)) };
}
