import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockThemes } from "./shared/theme";

/** Deletes a theme: hidden, and kept so a re-run never proposes it again (its codings stay with it, unseen). */
export async function deleteTheme(user: Pick<CurrentUser, "id">, input: { themeId: string }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { subject, themes } = await lockThemes(tx, [input.themeId]);
    await tx.execute(sql`update insight_themes set deleted_at = now(), updated_by = ${user.id}, updated_at = now() where id = ${input.themeId}`);
    await recordAudit(tx, { actorId: user.id, action: "insight.delete", subjectType: "insight_subject", subjectId: subject.id, details: { themeId: input.themeId, label: themes[0]?.label } });
  });
}
