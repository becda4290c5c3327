import { useTranslations } from "next-intl";
import type { Condition, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { describeCondition } from "@/lib/domain/surveys/logic";

/** "Shown only when “Have you employed…” is “No”": the preview explains each condition in words. */
export function ConditionNote({ definition, condition }: { definition: SurveyDefinition; condition: Condition }) {
  const t = useTranslations("surveyRespond.preview");
  const words = describeCondition(definition, condition);
  const values = words.values.map((value) => `“${value}”`).join(t("or"));
  return <p className="condition-note">{t(`condition.${words.operator}`, { question: words.question, values, multiple: words.multiple ? "yes" : "no" })}</p>;
}
