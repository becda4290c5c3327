import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { ExportFormat, TResponseFilters } from "@/lib/validations/survey-results";

/** The download's file name: the survey, the filters, the day, e.g. employer-skills-gap-survey-C-small-2026-11-23.csv. */
function exportFilename(slug: string, format: ExportFormat, filters: TResponseFilters, now: Date): string {
  const parts = [slug, "responses", filters.sector, filters.size, filters.neighbourhood?.slice(0, 8), filters.channel, now.toISOString().slice(0, 10)];
  return `${parts.filter(Boolean).join("-")}.${format}`;
}

/**
 * Writes the audit row for an export (who, which survey, which format and filters) before any of it
 * is sent, and names the file. The caller has checked the `survey:export` permission.
 */
export async function recordSurveyExport(user: Pick<CurrentUser, "id">, surveyId: string, format: ExportFormat, filters: TResponseFilters, now = new Date()): Promise<{ filename: string }> {
  return getDb().transaction(async (tx) => {
    const [survey] = await tx.select({ slug: surveys.slug }).from(surveys).where(eq(surveys.id, surveyId));
    if (!survey) throw new NotFoundError("problems.survey.notFound");
    await recordAudit(tx, { actorId: user.id, action: "survey.export", subjectType: "survey", subjectId: surveyId, details: { format, filters: { ...filters } } });
    return { filename: exportFilename(survey.slug, format, filters, now) };
  });
}
