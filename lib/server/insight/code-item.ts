import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { queryRows } from "@/lib/server/shared/query-rows";
import { liveItems } from "./shared/subject";
import { lockThemes } from "./shared/theme";
import { itemKindOf } from "./shared/write-plan";

/**
 * Codes one item to a theme by hand ("add") or takes it out ("remove"), as this officer, now. Both are
 * idempotent upserts of the one coding (theme, item): two officers doing the same thing at once make
 * one coding, and the last to act is the one shown. Taking an item out keeps the coding, marked
 * removed, so a re-run never puts it back. Every change is also appended to the audit log.
 */
export async function codeItem(user: Pick<CurrentUser, "id">, input: { themeId: string; itemId: string; change: "add" | "remove" }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { subject } = await lockThemes(tx, [input.themeId]);
    const [live] = await queryRows(tx, sql`select item_id from (${liveItems(subject)}) live where item_id = ${input.itemId}`, z.object({ item_id: z.string() }));
    if (!live) throw new NotFoundError("problems.insight.itemGone");
    const removed = input.change === "remove";
    await tx.execute(sql`insert into insight_codings (theme_id, item_kind, item_id, source, score, removed, coded_by, coded_at)
      values (${input.themeId}, ${itemKindOf(subject)}::insight_item_kind, ${input.itemId}, 'officer', 1, ${removed}, ${user.id}, now())
      on conflict (theme_id, item_kind, item_id) do update set removed = excluded.removed, coded_by = excluded.coded_by, coded_at = excluded.coded_at,
        source = case when excluded.removed then insight_codings.source else 'officer' end`);
    await recordAudit(tx, { actorId: user.id, action: removed ? "insight.uncode" : "insight.code", subjectType: "insight_subject", subjectId: subject.id, details: { themeId: input.themeId, itemId: input.itemId } });
  });
}
