import "server-only";
import { getTranslations } from "next-intl/server";
import { answerLines } from "@/components/surveys/respond/answer-text";
import type { FormState } from "@/components/ui/form-state";
import { formatWhen } from "@/lib/format/dates";
import type { AnswersChangedError } from "@/lib/server/surveys/respond/save-survey-section";
import { answerWords } from "@/app/(public)/surveys/[slug]/answer-words";

/** A parsed form's text fields (those `keep` accepts): one value, or a list for boxes ticked together. */
export function textFields(input: Record<string, unknown>, keep: (name: string) => boolean = () => true): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!keep(key)) continue;
    if (typeof value === "string") fields[key] = value;
    else if (Array.isArray(value)) fields[key] = value.filter((item): item is string => typeof item === "string");
  }
  return fields;
}

/**
 * A shared page refused because colleagues changed the same answers: the page again with what the
 * person typed, an error on each such question naming who changed it, when, and to what, and the
 * answers as saved now as the page's new base (so saving again keeps theirs).
 */
export async function conflictState(error: AnswersChangedError, input: Record<string, unknown>): Promise<FormState> {
  const [t, words] = await Promise.all([getTranslations(), answerWords()]);
  const fieldErrors = Object.fromEntries(
    error.conflicts.map((conflict) => [
      conflict.field,
      [
        t("validation.organisationResponse.changedByColleague", {
          name: conflict.by ?? t("organisationResponse.someone"),
          question: conflict.question.title,
          time: conflict.at ? formatWhen(conflict.at) : "",
          theirs: answerLines(conflict.question, conflict.theirs, words).join("; "),
        }),
      ],
    ]),
  );
  return { status: "error", message: t("problems.organisationResponse.changedMeanwhile"), fieldErrors, values: { ...textFields(input), base: error.base } };
}
