import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { neighbourhoods, surveyResponses, users } from "@/lib/db/schema";
import type { ExportResponse } from "@/lib/domain/surveys/export/export-columns";
import type { TResponseFilters } from "@/lib/validations/survey-results";
import { responsesWhere } from "@/lib/server/surveys/shared/response-filter";

/** Rows per query: a batch stays alive while the client takes it, so smaller batches keep less garbage in the old generation. */
const EXPORT_BATCH_SIZE = 250;

/** Where the last batch ended: the time as Postgres wrote it, keeping its microseconds (a Date would not). */
interface Cursor {
  at: string;
  id: string;
}

type Batch = { rows: ExportResponse[]; next: Cursor | null };

async function readBatch(executor: Executor, surveyId: string, filters: TResponseFilters, identity: boolean, batchSize: number, after: Cursor | null): Promise<Batch> {
  const keyset = after ? sql`(${surveyResponses.submittedAt}, ${surveyResponses.id}) > (${after.at}::timestamptz, ${after.id}::uuid)` : undefined;
  const rows = await executor
    .select({
      id: surveyResponses.id,
      at: sql<string>`${surveyResponses.submittedAt}::text`,
      reference: surveyResponses.reference,
      submittedAt: surveyResponses.submittedAt,
      locale: surveyResponses.locale,
      channel: surveyResponses.channel,
      organisationName: surveyResponses.organisationName,
      sector: surveyResponses.sector,
      sizeBand: surveyResponses.sizeBand,
      neighbourhood: neighbourhoods.name,
      respondentName: identity ? users.name : sql<string | null>`null`,
      respondentEmail: identity ? users.email : sql<string | null>`null`,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, surveyResponses.neighbourhoodId))
    .leftJoin(users, identity ? eq(users.id, surveyResponses.respondentId) : sql`false`)
    .where(and(responsesWhere(surveyId, filters), keyset))
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id))
    .limit(batchSize);
  const last = rows[rows.length - 1];
  return {
    rows: rows.map(({ id: _id, at: _at, ...row }) => row),
    next: last && rows.length === batchSize ? { at: last.at, id: last.id } : null,
  };
}

/**
 * The submitted responses matching the filters, oldest first, a batch at a time: keyset paging on
 * (submitted_at, id), which the listing index serves, so memory stays flat however many there are.
 * The next batch is asked for before this one is handed over, so the database reads it while the
 * caller writes this one out (two batches at most in memory).
 */
export async function* readResponseBatches(executor: Executor, surveyId: string, filters: TResponseFilters, options: { identity: boolean; batchSize?: number }): AsyncGenerator<ExportResponse[]> {
  const read = (after: Cursor | null) => readBatch(executor, surveyId, filters, options.identity, options.batchSize ?? EXPORT_BATCH_SIZE, after);
  let pending: Promise<Batch> | null = read(null);
  try {
    while (pending) {
      const batch: Batch = await pending;
      pending = batch.next ? read(batch.next) : null;
      if (batch.rows.length > 0) yield batch.rows;
    }
  } finally {
    // A caller that stops early leaves the read ahead unread: its failure is nobody's to report.
    pending?.catch(() => undefined);
  }
}
