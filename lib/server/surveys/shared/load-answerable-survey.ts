import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
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
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  switch (surveyAvailability(survey, now)) {
    case "draft":
      throw new NotFoundError("problems.survey.notFound");
    case "not_open_yet":
      throw new ConflictError("problems.survey.opensOn", { date: survey.opensAt ?? now });
    case "closed":
      throw survey.closesAt && survey.closesAt <= now ? new ConflictError("problems.survey.closedOn", { date: survey.closesAt }) : new ConflictError("problems.survey.closed");
    case "open":
      break;
  }
  const problem = audienceProblem(survey.audience, user?.role ?? null);
  if (problem === "sign_in") throw new UnauthenticatedError("problems.survey.signInToAnswer");
  if (problem === "employers_only") throw new ForbiddenError("problems.survey.employersOnly");
  return survey;
}
