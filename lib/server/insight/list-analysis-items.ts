import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { AnalysisItems } from "@/lib/domain/insight/views";
import { escapeLike } from "@/lib/text/escape-like";
import { queryRows } from "@/lib/server/shared/query-rows";
import { findSubject, liveItems, type SubjectRef } from "./shared/subject";

const PAGE_SIZE = 20;


const ZItem = z.object({ id: z.string(), text: z.string(), locale: z.string(), total: z.number() });
const ZCoding = z.object({ itemId: z.string(), themeId: z.string(), label: z.string(), source: z.enum(["analysis", "officer"]), codedBy: z.string().nullable(), codedAt: z.coerce.date() });

/**
 * The subject's live items for coding by hand, newest first, a page at a time: all of them, those
 * containing `search`, those in one theme, or one item. Each with its themes (visible ones, codings
 * not removed), who coded each by hand and when.
 */
export async function listAnalysisItems(ref: SubjectRef, options: { page?: number; search?: string; themeId?: string; itemId?: string } = {}): Promise<AnalysisItems> {
  const db = getDb();
  const page = Math.max(1, options.page ?? 1);
  const subject = await findSubject(db, ref);
  const filters = [
    options.search ? sql`live.text ilike ${`%${escapeLike(options.search)}%`}` : undefined,
    options.itemId ? sql`live.item_id = ${options.itemId}` : undefined,
    options.themeId && subject
      ? sql`exists (select 1 from insight_codings c join insight_themes t on t.id = c.theme_id where c.item_id = live.item_id and c.theme_id = ${options.themeId} and t.subject_id = ${subject.id} and not c.removed)`
      : undefined,
  ].filter((filter) => filter !== undefined);
  const where = filters.length > 0 ? sql`where ${sql.join(filters, sql` and `)}` : sql``;
  const rows = await queryRows(
    db,
    sql`select live.item_id as id, coalesce(live.text, '') as text, live.locale, count(*) over ()::int as total
      from (${liveItems(ref)}) live ${where} order by live.at desc, live.item_id limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}`,
    ZItem,
  );
  const total = rows[0]?.total ?? 0;
  const codings =
    subject && rows.length > 0
      ? await queryRows(
          db,
          sql`select c.item_id as "itemId", t.id as "themeId", t.label, c.source::text as source, case when c.source = 'officer' then u.name end as "codedBy", c.coded_at as "codedAt"
            from insight_codings c join insight_themes t on t.id = c.theme_id left join users u on u.id = c.coded_by
            where t.subject_id = ${subject.id} and t.deleted_at is null and t.merged_into is null and not c.removed
              and c.item_id in (${sql.join(rows.map((row) => sql`${row.id}`), sql`, `)})
            order by t.label, t.id`,
          ZCoding,
        )
      : [];
  return {
    items: rows.map(({ total: _total, ...row }) => ({ ...row, codings: codings.filter((coding) => coding.itemId === row.id).map(({ itemId: _itemId, ...coding }) => coding) })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
