import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import type { ThemeSummary } from "@/lib/domain/insight/views";
import { queryRows } from "@/lib/server/shared/query-rows";
import { liveItems, type Subject } from "./subject";


const ZTheme = z.object({ id: z.string(), label: z.string(), keyPhrases: z.array(z.string()), origin: z.enum(["analysis", "officer"]), count: z.number() });
const ZQuote = z.object({
  themeId: z.string(),
  itemId: z.string(),
  text: z.string(),
  score: z.number(),
  source: z.enum(["analysis", "officer"]),
  codedBy: z.string().nullable(),
  codedAt: z.coerce.date(),
});

/**
 * A subject's visible themes (not deleted, not merged away), most items first (ties: label, id),
 * each with how many live items it holds (codings not removed, of comments still published or
 * answers still submitted) and its `quotes` best-citing items (highest score, then newest coding).
 * `codedBy` is the name of whoever coded the item by hand (null for the analysis's own).
 */
export async function listVisibleThemes(executor: Executor, subject: Subject, options: { quotes: number }): Promise<ThemeSummary[]> {
  const live = liveItems(subject);
  const themes = await queryRows(
    executor,
    sql`select t.id, t.label, t.key_phrases as "keyPhrases", t.origin::text as origin, count(live.item_id)::int as count
      from insight_themes t
      left join insight_codings c on c.theme_id = t.id and not c.removed
      left join (${live}) live on live.item_id = c.item_id
      where t.subject_id = ${subject.id} and t.deleted_at is null and t.merged_into is null
      group by t.id order by count(live.item_id) desc, t.label, t.id`,
    ZTheme,
  );
  if (themes.length === 0 || options.quotes === 0) return themes.map((theme) => ({ ...theme, quotes: [] }));
  const quotes = await queryRows(
    executor,
    sql`select "themeId", "itemId", text, score, source, "codedBy", "codedAt" from (
        select c.theme_id as "themeId", c.item_id as "itemId", coalesce(live.text, '') as text, c.score, c.source::text as source,
          case when c.source = 'officer' then u.name end as "codedBy", c.coded_at as "codedAt",
          row_number() over (partition by c.theme_id order by c.score desc, c.coded_at desc, c.item_id) as rank
        from insight_codings c
        join insight_themes t on t.id = c.theme_id
        join (${live}) live on live.item_id = c.item_id
        left join users u on u.id = c.coded_by
        where t.subject_id = ${subject.id} and t.deleted_at is null and t.merged_into is null and not c.removed
      ) ranked where rank <= ${options.quotes} order by "themeId", rank`,
    ZQuote,
  );
  return themes.map((theme) => ({ ...theme, quotes: quotes.filter((quote) => quote.themeId === theme.id).map(({ themeId: _themeId, ...quote }) => quote) }));
}
