import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { queryRows } from "@/lib/server/shared/query-rows";
import { lockSubject, type Subject } from "./subject";

const ZTheme = z.object({ id: z.string(), subjectId: z.string(), label: z.string(), keyPhrases: z.array(z.string()), origin: z.enum(["analysis", "officer"]) });
export type ThemeRow = z.output<typeof ZTheme>;

/**
 * The visible themes named (every one, or NotFoundError: deleted, merged away, or never there), all
 * of one subject, with the subject locked: officers' changes and runs on a subject take turns, so
 * two officers at once never lose each other's work.
 */
export async function lockThemes(tx: Executor, themeIds: readonly string[]): Promise<{ subject: Subject; themes: ThemeRow[] }> {
  const ids = [...new Set(themeIds)];
  const [first] = await queryRows(tx, sql`select subject_id as "subjectId" from insight_themes where id = ${ids[0] ?? null}`, z.object({ subjectId: z.string() }));
  if (!first) throw new NotFoundError("problems.insight.themeGone");
  const subject = await lockSubject(tx, first.subjectId);
  const themes = await queryRows(
    tx,
    sql`select id, subject_id as "subjectId", label, key_phrases as "keyPhrases", origin::text as origin from insight_themes
      where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) and subject_id = ${subject.id} and deleted_at is null and merged_into is null`,
    ZTheme,
  );
  if (themes.length !== ids.length) throw new NotFoundError("problems.insight.themeGone");
  return { subject, themes: ids.map((id) => themes.find((theme) => theme.id === id)).filter((theme): theme is ThemeRow => Boolean(theme)) };
}
