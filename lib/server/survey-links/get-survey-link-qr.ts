import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organisations, surveyLinks, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { linkAddress, qrSvgFile } from "./shared/link-address";

/** A link's QR code as an SVG file, named after the survey and the partner, e.g. my-survey-age-uk-qr.svg. */
export async function getSurveyLinkQr(surveyId: string, linkId: string): Promise<{ svg: string; filename: string }> {
  const [link] = await getDb()
    .select({ code: surveyLinks.code, surveySlug: surveys.slug, partnerSlug: organisations.slug })
    .from(surveyLinks)
    .innerJoin(surveys, eq(surveys.id, surveyLinks.surveyId))
    .leftJoin(organisations, eq(organisations.id, surveyLinks.partnerOrganisationId))
    .where(and(eq(surveyLinks.id, linkId), eq(surveyLinks.surveyId, surveyId)));
  if (!link) throw new NotFoundError("problems.surveyLink.notFound");
  return { svg: qrSvgFile(linkAddress(link.code)), filename: `${link.surveySlug}-${link.partnerSlug ?? "public"}-qr.svg` };
}
