import type { useTranslations } from "next-intl";
import type { Condition, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { describeCondition } from "@/lib/domain/surveys/logic";

type Translate = ReturnType<typeof useTranslations<"surveyBuilder.editor.condition">>;
const OR = new Intl.ListFormat("en-GB", { type: "disjunction" });

/** A condition in plain words: "Shown only when the answer to “Do you employ people?” is “No”." */
export function conditionWords(t: Translate, definition: SurveyDefinition, condition: Condition | null): string {
  if (!condition) return t("always");
  const { question, operator, values, multiple } = describeCondition(definition, condition);
  if (values.length === 0) return t("incomplete");
  const quoted = OR.format(values.map((value) => `“${value}”`));
  if (operator === "equals") return t(multiple ? "includes" : "equals", { question, value: values[0] ?? "" });
  if (operator === "one_of") return t(multiple ? "includesOneOf" : "oneOf", { question, values: quoted });
  return t(multiple ? "includesNone" : "notOneOf", { question, values: quoted });
}
