import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { queryRows } from "@/lib/server/shared/query-rows";
import { describeSubject, ensureSubject, lockSubject, type SubjectRef } from "./shared/subject";

/**
 * An officer's own theme, with key phrases if they give some: the next run proposes into it the items
 * citing them; officers code items into it by hand either way. Returns its id.
 */
export async function createTheme(user: Pick<CurrentUser, "id">, input: { subject: SubjectRef; label: string; keyPhrases: string[] }): Promise<string> {
  return getDb().transaction(async (tx) => {
    await describeSubject(tx, input.subject);
    const subject = await lockSubject(tx, (await ensureSubject(tx, input.subject)).id);
    const [theme] = await queryRows(
      tx,
      sql`insert into insight_themes (subject_id, label, key_phrases, origin, created_by, updated_by)
        values (${subject.id}, ${input.label}, ${JSON.stringify(input.keyPhrases)}::jsonb, 'officer', ${user.id}, ${user.id}) returning id`,
      z.object({ id: z.string() }),
    );
    if (!theme) throw new Error("theme was not made");
    await recordAudit(tx, { actorId: user.id, action: "insight.create", subjectType: "insight_subject", subjectId: subject.id, details: { themeId: theme.id, label: input.label } });
    return theme.id;
  });
}
