import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import type { ItemPhrases, ProposedTheme, Tagger } from "@/lib/domain/insight/extract-themes";
import { planRun, type ThemeRef } from "@/lib/domain/insight/plan-run";
import { queryRows } from "@/lib/server/shared/query-rows";
import type { Subject } from "./subject";

/** Codings written per statement. */
const CODING_BATCH = 1000;

const ZTheme = z.object({ id: z.string(), origin: z.enum(["analysis", "officer"]), deleted: z.boolean(), mergedInto: z.string().nullable(), keyPhrases: z.array(z.string()) });
const ZId = z.object({ id: z.string() });
const ZCoding = z.object({ themeId: z.string(), itemId: z.string() });

/** A key phrase as the analysis writes it: the lemmas of its words ("Bus passes" → "bus pass"). */
export function normalisePhrase(phrase: string, tag: Tagger): string {
  return tag(phrase)
    .filter((word) => /\p{L}/u.test(word.lemma))
    .map((word) => word.lemma)
    .join(" ");
}

export const itemKindOf = (subject: Pick<Subject, "kind">) => (subject.kind === "topic" ? "comment" : "answer");

/** The table an item lives in, for removing codings of items that no longer exist (erased, purged). */
const itemTable = (subject: Pick<Subject, "kind">) => (subject.kind === "topic" ? sql`comments` : sql`survey_responses`);

/**
 * Writes a run's themes and codings for a locked subject (see lib/domain/insight/plan-run.ts for the
 * rules): new themes made, untouched ones refreshed, codings upserted in batches without touching an
 * officer's coding or one an officer removed, proposals no longer made withdrawn, codings of items
 * that no longer exist removed, and untouched themes left with nothing removed. Returns how many
 * themes it made.
 */
export async function writePlan(tx: Executor, subject: Subject, run: { proposals: ProposedTheme[]; items: ItemPhrases[]; weights: Map<string, number>; tag: Tagger }): Promise<number> {
  const rows = await queryRows(
    tx,
    sql`select id, origin::text as origin, deleted_at is not null as deleted, merged_into as "mergedInto", key_phrases as "keyPhrases"
      from insight_themes where subject_id = ${subject.id} order by created_at, id`,
    ZTheme,
  );
  const existing = rows.map((row) => ({ ...row, keyPhrases: row.keyPhrases.map((phrase) => normalisePhrase(phrase, run.tag)).filter(Boolean) }));
  const plan = planRun(existing, run.proposals, run.items, run.weights);
  const made = new Map<number, string>();
  for (const theme of plan.create) {
    const [row] = await queryRows(tx, sql`insert into insight_themes (subject_id, label, key_phrases) values (${subject.id}, ${theme.label}, ${JSON.stringify(theme.keyPhrases)}::jsonb) returning id`, ZId);
    if (row) made.set(theme.key, row.id);
  }
  for (const theme of plan.refresh) {
    await tx.execute(sql`update insight_themes set label = ${theme.label}, key_phrases = ${JSON.stringify(theme.keyPhrases)}::jsonb, updated_at = now() where id = ${theme.id} and origin = 'analysis'`);
  }
  const idOf = (ref: ThemeRef) => ("id" in ref ? ref.id : made.get(ref.key));
  const codings = plan.codings.flatMap((coding) => {
    const themeId = idOf(coding.theme);
    return themeId ? [{ t: themeId, i: coding.itemId, s: coding.score }] : [];
  });
  const kind = itemKindOf(subject);
  for (let start = 0; start < codings.length; start += CODING_BATCH) {
    await tx.execute(sql`insert into insight_codings (theme_id, item_kind, item_id, source, score)
      select x.t, ${kind}::insight_item_kind, x.i, 'analysis', x.s from jsonb_to_recordset(${JSON.stringify(codings.slice(start, start + CODING_BATCH))}::jsonb) as x(t uuid, i uuid, s real)
      on conflict (theme_id, item_kind, item_id) do update set score = excluded.score
      where insight_codings.source = 'analysis' and not insight_codings.removed`);
  }
  await withdrawStale(tx, subject, new Set(codings.map((coding) => `${coding.t}:${coding.i}`)));
  await tx.execute(sql`delete from insight_codings c using insight_themes t
    where c.theme_id = t.id and t.subject_id = ${subject.id} and not exists (select 1 from ${itemTable(subject)} x where x.id = c.item_id)`);
  await tx.execute(sql`delete from insight_themes t where t.subject_id = ${subject.id} and t.origin = 'analysis' and t.deleted_at is null and t.merged_into is null
    and not exists (select 1 from insight_codings c where c.theme_id = t.id)
    and not exists (select 1 from insight_themes m where m.merged_into = t.id)`);
  return made.size;
}

/** Removes the analysis's own codings (never an officer's, never a removed one) that this run no longer proposes. */
async function withdrawStale(tx: Executor, subject: Subject, proposed: Set<string>): Promise<void> {
  const current = await queryRows(
    tx,
    sql`select c.theme_id as "themeId", c.item_id as "itemId" from insight_codings c join insight_themes t on t.id = c.theme_id
      where t.subject_id = ${subject.id} and c.source = 'analysis' and not c.removed`,
    ZCoding,
  );
  const stale = current.filter((coding) => !proposed.has(`${coding.themeId}:${coding.itemId}`)).map((coding) => ({ t: coding.themeId, i: coding.itemId }));
  for (let start = 0; start < stale.length; start += CODING_BATCH) {
    await tx.execute(sql`delete from insight_codings c using jsonb_to_recordset(${JSON.stringify(stale.slice(start, start + CODING_BATCH))}::jsonb) as x(t uuid, i uuid)
      where c.theme_id = x.t and c.item_id = x.i and c.source = 'analysis' and not c.removed`);
  }
}
