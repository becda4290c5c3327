import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { formatDate } from "@/lib/format/dates";
import { audienceProblem, surveyAvailability } from "@/lib/domain/surveys/availability";
import type { SurveyRow } from "@/lib/server/surveys/finalise-response";

/**
 * The survey, if this person may answer it now; otherwise the error that says why (not published,
 * not open yet, closed, sign in first, employers only).
 */
export async function loadAnswerableSurvey(executor: Executor, where: { id: string } | { slug: string }, user: CurrentUser | null, now = new Date()): Promise<SurveyRow> {
  const [survey] = await executor
    .select()
    .from(surveys)
    .where("id" in where ? eq(surveys.id, where.id) : eq(surveys.slug, where.slug));
  if (!survey) throw new NotFoundError("That survey could not be found.");
  switch (surveyAvailability(survey, now)) {
    case "draft":
      throw new NotFoundError("That survey could not be found.");
    case "not_open_yet":
      throw new ConflictError(`This survey opens on ${formatDate(survey.opensAt ?? now)}.`);
    case "closed":
      throw new ConflictError(survey.closesAt && survey.closesAt <= now ? `This survey closed on ${formatDate(survey.closesAt)}.` : "This survey is closed.");
    case "open":
      break;
  }
  const problem = audienceProblem(survey.audience, user?.role ?? null);
  if (problem === "sign_in") throw new UnauthenticatedError("Sign in to answer this survey.");
  if (problem === "employers_only") throw new ForbiddenError("This survey is for employers. Sign in with your organisation’s employer account to answer it.");
  return survey;
}
