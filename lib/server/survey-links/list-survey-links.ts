import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { linkCountsFor } from "@/lib/domain/survey-links/link-counts";
import { getDb } from "@/lib/db/client";
import { organisations, surveyLinks, surveyResponses, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { inNetworkColumn } from "@/lib/server/partners/shared/partner-network";
import { linkAddress, qrPath } from "./shared/link-address";

const started = sql<number>`count(${surveyResponses.id})::int`;
const submitted = sql<number>`(count(${surveyResponses.id}) filter (where ${surveyResponses.status} = 'submitted'))::int`;

/** The id of the "no link" row in the counts: answers that came to the survey's own page directly. */
export const NO_LINK = "none";

/**
 * A survey's public and partner links, each with its address, its QR code and how many responses
 * it brought (started, submitted), plus those that came through no link; and the network's
 * partners that have no link yet. Counts only, never a response: `exact` for officers (their own
 * links), otherwise suppressed as published results are.
 */
export async function listSurveyLinks(surveyId: string, { exact }: { exact: boolean }) {
  const db = getDb();
  const [survey] = await db.select({ id: surveys.id, slug: surveys.slug, title: surveys.title }).from(surveys).where(eq(surveys.id, surveyId));
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  const [links, [unlinked], partners] = await Promise.all([
    db
      .select({ id: surveyLinks.id, code: surveyLinks.code, createdAt: surveyLinks.createdAt, partnerId: organisations.id, partnerName: organisations.name, started, submitted })
      .from(surveyLinks)
      .leftJoin(organisations, eq(organisations.id, surveyLinks.partnerOrganisationId))
      .leftJoin(surveyResponses, and(eq(surveyResponses.surveyLinkId, surveyLinks.id), eq(surveyResponses.surveyId, surveyLinks.surveyId)))
      .where(eq(surveyLinks.surveyId, surveyId))
      .groupBy(surveyLinks.id, organisations.id)
      // The survey's own link first, then partners by name.
      .orderBy(sql`${surveyLinks.partnerOrganisationId} is not null`, asc(sql`lower(${organisations.name})`)),
    db
      .select({ started, submitted })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, surveyId), isNull(surveyResponses.surveyLinkId))),
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(inNetworkColumn(), sql`not exists (select 1 from ${surveyLinks} where ${surveyLinks.surveyId} = ${surveyId} and ${surveyLinks.partnerOrganisationId} = ${organisations.id})`))
      .orderBy(asc(sql`lower(${organisations.name})`)),
  ]);
  const counts = new Map(linkCountsFor([...links, { id: NO_LINK, started: unlinked?.started ?? 0, submitted: unlinked?.submitted ?? 0 }], exact).map((row) => [row.id, row]));
  const shown = (id: string) => ({ started: counts.get(id)?.started ?? null, submitted: counts.get(id)?.submitted ?? null });
  return {
    survey,
    links: links.map((link) => {
      const address = linkAddress(link.code);
      return {
        id: link.id,
        code: link.code,
        address,
        qr: qrPath(address),
        partner: link.partnerId && link.partnerName ? { id: link.partnerId, name: link.partnerName } : null,
        createdAt: link.createdAt,
        ...shown(link.id),
      };
    }),
    unlinked: shown(NO_LINK),
    partners,
  };
}
