import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { respondentSurveyView } from "@/lib/server/surveys/respond/shared/survey-view";

/** A survey in any status, as respondents would see it: for officers' preview (the page checks the role). */
export async function getSurveyPreview(id: string) {
  const [survey] = await getDb().select().from(surveys).where(eq(surveys.id, id));
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  return { ...respondentSurveyView(survey), status: survey.status };
}
