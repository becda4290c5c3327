"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { setResultsPublished } from "@/lib/server/surveys/results/publish-results";
import { ZPublishResults } from "@/lib/validations/survey-results";

export const publishResultsAction = formAction("survey:results", ZPublishResults, async (input, { user }) => {
  const publish = input.publish === "yes";
  await setResultsPublished(user, input.surveyId, publish);
  revalidatePath(`/console/surveys/${input.surveyId}/results`);
  revalidatePath("/surveys/[slug]/results", "page");
  return { status: "success", message: (await getTranslations("surveyResults.publish"))(publish ? "published" : "withdrawn") };
});
