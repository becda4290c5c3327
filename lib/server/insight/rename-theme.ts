import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockThemes } from "./shared/theme";

/** Renames a theme: it becomes the officer's (a re-run no longer changes its label or key phrases). */
export async function renameTheme(user: Pick<CurrentUser, "id">, input: { themeId: string; label: string }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { subject, themes } = await lockThemes(tx, [input.themeId]);
    await tx.execute(sql`update insight_themes set label = ${input.label}, origin = 'officer', updated_by = ${user.id}, updated_at = now() where id = ${input.themeId}`);
    await recordAudit(tx, { actorId: user.id, action: "insight.rename", subjectType: "insight_subject", subjectId: subject.id, details: { themeId: input.themeId, from: themes[0]?.label, to: input.label } });
  });
}
