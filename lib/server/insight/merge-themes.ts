import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockThemes } from "./shared/theme";

/**
 * Merges two or more themes into the first: it takes the others' key phrases and items (an item
 * already in it keeps its own coding; otherwise an officer's coding wins over the analysis's, and a
 * kept one over a removed one), and the label given (or keeps its own). The others are kept hidden,
 * pointing at it, so a re-run proposes into it what it would have proposed into them.
 */
export async function mergeThemes(user: Pick<CurrentUser, "id">, input: { themeIds: string[]; label?: string }): Promise<string> {
  return getDb().transaction(async (tx) => {
    const { subject, themes } = await lockThemes(tx, input.themeIds);
    const [survivor, ...others] = themes;
    if (!survivor || others.length === 0) return survivor?.id ?? "";
    const otherIds = sql.join(others.map((theme) => sql`${theme.id}`), sql`, `);
    const keyPhrases = [...new Set(themes.flatMap((theme) => theme.keyPhrases))];
    await tx.execute(sql`insert into insight_codings (theme_id, item_kind, item_id, source, score, removed, coded_by, coded_at)
      select distinct on (item_kind, item_id) ${survivor.id}::uuid, item_kind, item_id, source, score, removed, coded_by, coded_at
      from insight_codings where theme_id in (${otherIds})
      order by item_kind, item_id, removed, (source = 'officer') desc, score desc, coded_at desc
      on conflict (theme_id, item_kind, item_id) do nothing`);
    await tx.execute(sql`delete from insight_codings where theme_id in (${otherIds})`);
    await tx.execute(sql`update insight_themes set merged_into = ${survivor.id}, updated_by = ${user.id}, updated_at = now() where id in (${otherIds})`);
    await tx.execute(sql`update insight_themes set label = ${input.label ?? survivor.label}, key_phrases = ${JSON.stringify(keyPhrases)}::jsonb, origin = 'officer', updated_by = ${user.id}, updated_at = now() where id = ${survivor.id}`);
    await recordAudit(tx, { actorId: user.id, action: "insight.merge", subjectType: "insight_subject", subjectId: subject.id, details: { into: survivor.id, merged: others.map((theme) => theme.id), label: input.label ?? survivor.label } });
    return survivor.id;
  });
}
