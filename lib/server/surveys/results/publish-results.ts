import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Publishes or withdraws a survey's public results summary (audited). Publishing again keeps the
 * first publication date; withdrawing clears it.
 */
export async function setResultsPublished(user: Pick<CurrentUser, "id">, surveyId: string, publish: boolean, now = new Date()): Promise<Date | null> {
  return getDb().transaction(async (tx) => {
    const [survey] = await tx.select({ id: surveys.id, publishedAt: surveys.resultsPublishedAt }).from(surveys).where(eq(surveys.id, surveyId)).for("update");
    if (!survey) throw new NotFoundError("problems.survey.notFound");
    const publishedAt = publish ? (survey.publishedAt ?? now) : null;
    if ((publishedAt === null) === (survey.publishedAt === null)) return publishedAt;
    await tx.update(surveys).set({ resultsPublishedAt: publishedAt }).where(eq(surveys.id, surveyId));
    await recordAudit(tx, {
      actorId: user.id,
      action: publish ? "survey.results_published" : "survey.results_unpublished",
      subjectType: "survey",
      subjectId: surveyId,
    });
    return publishedAt;
  });
}
