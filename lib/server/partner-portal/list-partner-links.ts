import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveyLinks, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { requirePartner } from "@/lib/server/partner-portal/shared/partner-themes";
import { getSurveyLinkQr } from "@/lib/server/survey-links/get-survey-link-qr";
import { listSurveyLinks } from "@/lib/server/survey-links/list-survey-links";

export type PartnerLink = { id: string; survey: { title: string; slug: string }; address: string; started: number | null; submitted: number | null };

/**
 * The partner's own survey links (the council makes them), each with its address and how many
 * responses it brought, suppressed as published results are: a partner never sees a count that
 * could single people out, and never a response.
 */
export async function listPartnerLinks(user: CurrentUser): Promise<PartnerLink[]> {
  const db = getDb();
  const membership = await requirePartner(db, user);
  const mine = await db
    .select({ id: surveyLinks.id, surveyId: surveys.id })
    .from(surveyLinks)
    .innerJoin(surveys, eq(surveys.id, surveyLinks.surveyId))
    .where(and(eq(surveyLinks.partnerOrganisationId, membership.organisation.id), ne(surveys.status, "draft")))
    .orderBy(asc(surveys.title));
  // One listing per survey (it counts every link of that survey at once), not one per link.
  const surveyIds = [...new Set(mine.map(({ surveyId }) => surveyId))];
  const listings = new Map(await Promise.all(surveyIds.map(async (surveyId) => [surveyId, await listSurveyLinks(surveyId, { exact: false })] as const)));
  return mine.flatMap(({ id, surveyId }) => {
    const survey = listings.get(surveyId);
    const link = survey?.links.find((candidate) => candidate.id === id);
    return survey && link ? [{ id, survey: { title: survey.survey.title, slug: survey.survey.slug }, address: link.address, started: link.started, submitted: link.submitted }] : [];
  });
}

/** The QR code of one of the partner's own links; not found for anyone else's. */
export async function getPartnerLinkQr(user: CurrentUser, linkId: string): Promise<{ svg: string; filename: string }> {
  const db = getDb();
  const membership = await requirePartner(db, user);
  const [link] = await db
    .select({ surveyId: surveyLinks.surveyId })
    .from(surveyLinks)
    .where(and(eq(surveyLinks.id, linkId), eq(surveyLinks.partnerOrganisationId, membership.organisation.id)));
  if (!link) throw new NotFoundError("problems.surveyLink.notFound");
  return getSurveyLinkQr(link.surveyId, linkId);
}
