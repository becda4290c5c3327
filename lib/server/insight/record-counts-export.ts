import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import type { InsightDimension } from "@/lib/domain/insight/theme-counts";
import { slugify } from "@/lib/text/slugify";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { describeSubject, findSubject, type SubjectRef } from "./shared/subject";

/**
 * Writes the audit row for a download of a subject's theme counts (who, what, by which dimension)
 * before any of it is sent, and names the file, e.g. keeping-foleshill-moving-themes-by-neighbourhood-2026-12-04.csv.
 */
export async function recordCountsExport(user: Pick<CurrentUser, "id">, ref: SubjectRef, dimension: InsightDimension, now = new Date()): Promise<{ filename: string }> {
  return getDb().transaction(async (tx) => {
    const title = await describeSubject(tx, ref);
    const subject = await findSubject(tx, ref);
    const subjectId = subject?.id ?? (ref.kind === "topic" ? ref.topicId : ref.surveyId);
    await recordAudit(tx, { actorId: user.id, action: "insight.counts_export", subjectType: subject ? "insight_subject" : ref.kind, subjectId, details: { format: "csv", dimension } });
    const parts = [title.slug, ref.kind === "survey_question" ? slugify(ref.questionKey) : "", "themes-by", dimension.replaceAll("_", "-"), now.toISOString().slice(0, 10)];
    return { filename: `${parts.filter(Boolean).join("-")}.csv` };
  });
}
