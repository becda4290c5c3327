import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { organisations, surveyLinks, surveys } from "@/lib/db/schema";
import { fieldProblem, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { inNetworkColumn } from "@/lib/server/partners/shared/partner-network";
import { newLinkCode } from "./shared/link-code";

/** Tries at a fresh code when one is already taken: with 60 random bits a second try is already a marvel. */
const CODE_ATTEMPTS = 3;

async function existingLink(tx: Executor, surveyId: string, partnerOrganisationId: string | null) {
  const [row] = await tx
    .select({ id: surveyLinks.id, code: surveyLinks.code })
    .from(surveyLinks)
    .where(and(eq(surveyLinks.surveyId, surveyId), partnerOrganisationId ? eq(surveyLinks.partnerOrganisationId, partnerOrganisationId) : isNull(surveyLinks.partnerOrganisationId)));
  return row ?? null;
}

async function checkPartner(tx: Executor, partnerOrganisationId: string): Promise<void> {
  const [partner] = await tx.select({ inNetwork: inNetworkColumn() }).from(organisations).where(eq(organisations.id, partnerOrganisationId));
  if (!partner?.inNetwork) throw new ValidationError("problems.surveyLink.notAPartner", fieldProblem("partnerOrganisationId", "validation.surveyLink.notAPartner"));
}

/**
 * The survey's own public link (partnerOrganisationId null) or a partner organisation's, made the
 * first time it is asked for and the same one after that. The caller has checked `survey:manage`.
 */
export async function createSurveyLink(user: Pick<CurrentUser, "id">, surveyId: string, partnerOrganisationId: string | null): Promise<{ id: string; code: string; created: boolean }> {
  return getDb().transaction(async (tx) => {
    const [survey] = await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, surveyId));
    if (!survey) throw new NotFoundError("problems.survey.notFound");
    if (partnerOrganisationId) await checkPartner(tx, partnerOrganisationId);
    const existing = await existingLink(tx, surveyId, partnerOrganisationId);
    if (existing) return { ...existing, created: false };
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
      const [row] = await tx
        .insert(surveyLinks)
        .values({ surveyId, partnerOrganisationId, code: newLinkCode(), createdBy: user.id })
        .onConflictDoNothing()
        .returning({ id: surveyLinks.id, code: surveyLinks.code });
      if (row) {
        await recordAudit(tx, { actorId: user.id, action: "survey_link.create", subjectType: "survey", subjectId: surveyId, details: { linkId: row.id, partnerOrganisationId } });
        return { ...row, created: true };
      }
      // The same link made at the same moment in another tab: use that one.
      const raced = await existingLink(tx, surveyId, partnerOrganisationId);
      if (raced) return { ...raced, created: false };
    }
    throw new Error("survey link: no unused code found");
  });
}
