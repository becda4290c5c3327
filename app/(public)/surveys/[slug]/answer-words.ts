import "server-only";
import { getTranslations } from "next-intl/server";
import type { AnswerWords } from "@/components/surveys/respond/answer-text";

/** The words a saved answer is shown in ("Yes", "Not answered", "4 out of 5"), in the request's language. */
export async function answerWords(): Promise<AnswerWords> {
  const t = await getTranslations("surveyRespond.check");
  return {
    yes: t("yes"),
    no: t("no"),
    notAnswered: t("notAnswered"),
    consented: t("consented"),
    other: (text) => t("other", { text }),
    outOf: (point, points) => t("outOf", { point, points }),
  };
}
