import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { queryRows } from "@/lib/server/shared/query-rows";
import { describeSubject, ensureSubject, lockSubject, type SubjectRef } from "./shared/subject";

const ZRun = z.object({ id: z.string() });

/**
 * Queues an analysis of a topic's comments or a survey question's answers (the runner does it off the
 * request path). While one is queued or running for the subject, asking again returns that one, so
 * two officers pressing at once start one run.
 */
export async function queueAnalysis(user: Pick<CurrentUser, "id">, ref: SubjectRef): Promise<{ runId: string; queued: boolean }> {
  return getDb().transaction(async (tx) => {
    await describeSubject(tx, ref);
    const subject = await lockSubject(tx, (await ensureSubject(tx, ref)).id);
    const [active] = await queryRows(tx, sql`select id from insight_runs where subject_id = ${subject.id} and status in ('queued', 'running') order by created_at limit 1`, ZRun);
    if (active) return { runId: active.id, queued: false };
    const [run] = await queryRows(tx, sql`insert into insight_runs (subject_id, requested_by) values (${subject.id}, ${user.id}) returning id`, ZRun);
    if (!run) throw new Error("insight run was not queued");
    await recordAudit(tx, { actorId: user.id, action: "insight.run", subjectType: "insight_subject", subjectId: subject.id, details: { runId: run.id } });
    return { runId: run.id, queued: true };
  });
}
