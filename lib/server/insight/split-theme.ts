import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { phrasesOf } from "@/lib/domain/insight/extract-themes";
import { fieldProblem, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { queryRows } from "@/lib/server/shared/query-rows";
import { tagEnglish } from "@/lib/text/tag-english";
import { liveItems } from "./shared/subject";
import { lockThemes } from "./shared/theme";
import { normalisePhrase } from "./shared/write-plan";

const ZCoding = z.object({ itemId: z.string(), text: z.string() });

/**
 * Splits a theme: the key phrases chosen (some, never all) go to a new theme with the label given,
 * with the items citing them (their codings as they were: who coded them, removed or not). An item
 * that also cites a phrase the theme keeps stays in both. Both themes are the officer's from then on.
 */
export async function splitTheme(user: Pick<CurrentUser, "id">, input: { themeId: string; phrases: string[]; label: string }): Promise<string> {
  return getDb().transaction(async (tx) => {
    const { subject, themes } = await lockThemes(tx, [input.themeId]);
    const theme = themes[0];
    if (!theme) throw new ValidationError();
    const moving = theme.keyPhrases.filter((phrase) => input.phrases.includes(phrase));
    const staying = theme.keyPhrases.filter((phrase) => !input.phrases.includes(phrase));
    if (moving.length === 0) throw new ValidationError("errors.fixBelow", fieldProblem("phrases", "validation.insight.choosePhrases"));
    if (staying.length === 0) throw new ValidationError("errors.fixBelow", fieldProblem("phrases", "validation.insight.keepOnePhrase"));
    const [made] = await queryRows(
      tx,
      sql`insert into insight_themes (subject_id, label, key_phrases, origin, created_by, updated_by)
        values (${subject.id}, ${input.label}, ${JSON.stringify(moving)}::jsonb, 'officer', ${user.id}, ${user.id}) returning id`,
      z.object({ id: z.string() }),
    );
    if (!made) throw new Error("theme was not made");
    await tx.execute(sql`update insight_themes set key_phrases = ${JSON.stringify(staying)}::jsonb, origin = 'officer', updated_by = ${user.id}, updated_at = now() where id = ${theme.id}`);
    const codings = await queryRows(
      tx,
      sql`select c.item_id as "itemId", coalesce(live.text, '') as text from insight_codings c join (${liveItems(subject)}) live on live.item_id = c.item_id where c.theme_id = ${theme.id}`,
      ZCoding,
    );
    const moved = moving.map((phrase) => normalisePhrase(phrase, tagEnglish));
    const kept = staying.map((phrase) => normalisePhrase(phrase, tagEnglish));
    const cites = codings.map((coding) => ({ itemId: coding.itemId, phrases: phrasesOf(tagEnglish(coding.text)) }));
    const toNew = cites.filter((item) => moved.some((phrase) => item.phrases.has(phrase)));
    const leaving = toNew.filter((item) => !kept.some((phrase) => item.phrases.has(phrase))).map((item) => item.itemId);
    if (toNew.length > 0) {
      await tx.execute(sql`insert into insight_codings (theme_id, item_kind, item_id, source, score, removed, coded_by, coded_at)
        select ${made.id}::uuid, item_kind, item_id, source, score, removed, coded_by, coded_at from insight_codings
        where theme_id = ${theme.id} and item_id in (${sql.join(toNew.map((item) => sql`${item.itemId}`), sql`, `)})`);
    }
    if (leaving.length > 0) await tx.execute(sql`delete from insight_codings where theme_id = ${theme.id} and item_id in (${sql.join(leaving.map((id) => sql`${id}`), sql`, `)})`);
    await recordAudit(tx, { actorId: user.id, action: "insight.split", subjectType: "insight_subject", subjectId: subject.id, details: { from: theme.id, into: made.id, phrases: moving, label: input.label } });
    return made.id;
  });
}
