import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyLinks, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { ZLinkCode } from "@/lib/validations/survey-link";

/**
 * What a link's code opens: the link and its survey's address. Counts nothing: a response is
 * credited to the link only once a draft is started with it. A draft survey's links are not found.
 */
export async function getSurveyLink(code: string): Promise<{ id: string; surveySlug: string }> {
  if (!ZLinkCode.safeParse(code).success) throw new NotFoundError("problems.surveyLink.notFound");
  const [link] = await getDb()
    .select({ id: surveyLinks.id, surveySlug: surveys.slug })
    .from(surveyLinks)
    .innerJoin(surveys, eq(surveys.id, surveyLinks.surveyId))
    .where(and(eq(surveyLinks.code, code), ne(surveys.status, "draft")));
  if (!link) throw new NotFoundError("problems.surveyLink.notFound");
  return link;
}
