import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/lib/db/client";
import { groupNotAnalysed } from "@/lib/domain/insight/extract-themes";
import { notAnalysedLanguage } from "@/lib/domain/insight/languages";
import { queryRows } from "@/lib/server/shared/query-rows";
import { describeSubject, findSubject, liveItems, type Subject, type SubjectRef, type SubjectTitle } from "./shared/subject";
import { listVisibleThemes } from "./shared/visible-themes";
import { HISTORY_ACTIONS, type AnalysisRun, type HistoryEntry, type NotAnalysedGroup, type ThemeSummary } from "@/lib/domain/insight/views";

const NOT_ANALYSED_SHOWN = 20;
const HISTORY_SHOWN = 15;

const ZRun = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  processed: z.number(),
  total: z.number(),
  notAnalysed: z.number(),
  themesProposed: z.number(),
  createdAt: z.coerce.date(),
  finishedAt: z.coerce.date().nullable(),
});


export type Analysis = {
  subject: SubjectTitle;
  run: AnalysisRun | null;
  themes: ThemeSummary[];
  notAnalysed: NotAnalysedGroup[];
  history: HistoryEntry[];
};

const ZHistory = z.object({
  at: z.coerce.date(),
  who: z.string().nullable(),
  action: z.enum(HISTORY_ACTIONS),
  label: z.string().nullable(),
  to: z.string().nullable(),
});

/** The latest changes to the subject's themes, newest first, from the audit log every change appends to. */
async function listHistory(executor: Executor, subjectId: string): Promise<HistoryEntry[]> {
  return queryRows(
    executor,
    sql`select a.created_at as at, u.name as who, substring(a.action from 9) as action,
        coalesce(a.details ->> 'label', a.details ->> 'from') as label, a.details ->> 'to' as "to"
      from audit_log a left join users u on u.id = a.actor_id
      where a.subject_type = 'insight_subject' and a.subject_id = ${subjectId} and a.action like 'insight.%'
      order by a.created_at desc, a.id desc limit ${HISTORY_SHOWN}`,
    ZHistory,
  );
}

/** The latest run of a subject (what the progress bar shows). */
async function latestRun(executor: Executor, subjectId: string): Promise<AnalysisRun | null> {
  const [run] = await queryRows(
    executor,
    sql`select id, status::text as status, processed, total, not_analysed as "notAnalysed", themes_proposed as "themesProposed", created_at as "createdAt", finished_at as "finishedAt"
      from insight_runs where subject_id = ${subjectId} order by created_at desc, id desc limit 1`,
    ZRun,
  );
  return run ?? null;
}

/**
 * The items the analysis does not read, by language, live: those not in English, and those marked
 * English but written in another script. The database picks the candidates (another language, or a
 * character of a non-Latin script); the same rule as the analysis's decides.
 */
async function listNotAnalysed(executor: Executor, subject: SubjectRef): Promise<NotAnalysedGroup[]> {
  const rows = await queryRows(
    executor,
    sql`select item_id as id, coalesce(text, '') as text, locale from (${liveItems(subject)}) live
      where locale <> 'en' or text ~ '[\u0370-\u1fff\u2c00-\ufaff]' order by at, item_id`,
    z.object({ id: z.string(), text: z.string(), locale: z.string() }),
  );
  const texts = new Map(rows.map((row) => [row.id, row.text]));
  const others = rows.flatMap((row) => {
    const language = notAnalysedLanguage(row);
    return language ? [{ id: row.id, language }] : [];
  });
  return groupNotAnalysed(others).map((group) => ({ language: group.language, count: group.ids.length, items: group.ids.slice(0, NOT_ANALYSED_SHOWN).map((id) => ({ id, text: texts.get(id) ?? "" })) }));
}

/**
 * The analysis page's data: what is analysed, the latest run (for progress), the visible themes with
 * their counts and best quotes, what was not analysed, by language, and who changed what lately. A subject never analysed has
 * no run and no themes.
 */
export async function getAnalysis(ref: SubjectRef): Promise<Analysis> {
  const db = getDb();
  const title = await describeSubject(db, ref);
  const subject: Subject | null = await findSubject(db, ref);
  const [run, themes, notAnalysed, history] = await Promise.all([
    subject ? latestRun(db, subject.id) : Promise.resolve(null),
    subject ? listVisibleThemes(db, subject, { quotes: 3 }) : Promise.resolve([]),
    listNotAnalysed(db, ref),
    subject ? listHistory(db, subject.id) : Promise.resolve([]),
  ]);
  return { subject: title, run, themes, notAnalysed, history };
}
