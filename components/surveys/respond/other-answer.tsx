import { useTranslations } from "next-intl";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { OTHER_OPTION } from "@/lib/domain/surveys/definition";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";
import { valueOf } from "./form-values";

/** The "Other, please specify" box under a question's choices (shown by CSS once "Other" is chosen, where supported). */
export function OtherAnswer({ questionId, values }: { questionId: string; values: FormInput }) {
  const t = useTranslations("surveyRespond.question");
  const name = fieldName(questionId, OTHER_OPTION);
  return (
    <div className="question__other">
      <label className="label" htmlFor={name}>
        {t("otherSpecify")}
      </label>
      <input className="input input--wide" id={name} name={name} type="text" maxLength={200} defaultValue={valueOf(values, name)} />
    </div>
  );
}
