import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database } from "@/lib/db/client";
import { proposeThemes, readItem, type ItemPhrases } from "@/lib/domain/insight/extract-themes";
import { logger } from "@/lib/logger";
import { queryRows } from "@/lib/server/shared/query-rows";
import { tagEnglish } from "@/lib/text/tag-english";
import { liveItems, lockSubject } from "./shared/subject";
import { writePlan } from "./shared/write-plan";

/** Items read between two progress updates (and two yields to the event loop). */
const PROGRESS_BATCH = 500;
/** A run still "running" this long after it started was abandoned (its process ended): it is claimed again. */
const ABANDONED_AFTER = "10 minutes";

const ZClaim = z.object({ id: z.string(), subjectId: z.string() });
const ZItem = z.object({ item_id: z.string(), text: z.string(), locale: z.string() });

export type AnalysisReport = { done: number; failed: number };

/**
 * Claims the oldest queued run (FOR UPDATE SKIP LOCKED: several runners never take the same one, and
 * nothing lives in the session, so it works through PgBouncer in transaction mode) and marks it running.
 */
async function claimRun(db: Database) {
  const [run] = await queryRows(
    db,
    sql`update insight_runs set status = 'running', started_at = now(), processed = 0, error = null
      where id = (
        select id from insight_runs
        where status = 'queued' or (status = 'running' and started_at < now() - ${ABANDONED_AFTER}::interval)
        order by created_at, id limit 1 for update skip locked
      )
      returning id, subject_id as "subjectId"`,
    ZClaim,
  );
  return run ?? null;
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads, tags and analyses one subject's items, showing progress, then writes the plan in one transaction. */
async function analyse(db: Database, run: { id: string; subjectId: string }): Promise<void> {
  const subject = await db.transaction((tx) => lockSubject(tx, run.subjectId));
  const items = await queryRows(db, sql`select item_id, coalesce(text, '') as text, locale from (${liveItems(subject)}) live order by item_id`, ZItem);
  await db.execute(sql`update insight_runs set total = ${items.length} where id = ${run.id}`);
  const read: ItemPhrases[] = [];
  const others: { id: string; language: string }[] = [];
  for (let start = 0; start < items.length; start += PROGRESS_BATCH) {
    for (const item of items.slice(start, start + PROGRESS_BATCH)) {
      const result = readItem({ id: item.item_id, text: item.text, locale: item.locale }, tagEnglish);
      if ("phrases" in result) read.push(result);
      else others.push(result);
    }
    await db.execute(sql`update insight_runs set processed = ${Math.min(items.length, start + PROGRESS_BATCH)} where id = ${run.id}`);
    await yieldToOthers();
  }
  const { themes, weights } = proposeThemes(read);
  const notAnalysed = others.length;
  await db.transaction(async (tx) => {
    const locked = await lockSubject(tx, subject.id);
    const created = await writePlan(tx, locked, { proposals: themes, items: read, weights, tag: tagEnglish });
    await tx.execute(sql`update insight_runs set status = 'done', processed = total, not_analysed = ${notAnalysed}, themes_proposed = ${created}, finished_at = now() where id = ${run.id}`);
  });
}

/**
 * Runs queued analyses one after another, up to `limit`: started by the officer's request (after the
 * response is sent) and by the scheduled jobs, which pick up any left queued (a restart, a crash).
 */
export async function runQueuedAnalyses(options: { db?: Database; limit?: number } = {}): Promise<AnalysisReport> {
  const db = options.db ?? getDb();
  const report: AnalysisReport = { done: 0, failed: 0 };
  for (let count = 0; count < (options.limit ?? 5); count += 1) {
    const run = await claimRun(db);
    if (!run) break;
    try {
      await analyse(db, run);
      report.done += 1;
    } catch (error) {
      logger.error({ err: error, runId: run.id }, "insight analysis failed");
      await db.execute(sql`update insight_runs set status = 'failed', error = ${error instanceof Error ? error.message.slice(0, 500) : "unknown"}, finished_at = now() where id = ${run.id}`);
      report.failed += 1;
    }
  }
  return report;
}
