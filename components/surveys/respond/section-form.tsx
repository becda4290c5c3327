"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import type { Question } from "@/lib/domain/surveys/definition";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";
import { OrganisationFields, type OrganisationChoices } from "./organisation-fields";
import { QuestionField } from "./question-field";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /**
   * Hidden fields: which survey and page this is (checked again on the server) and, on a shared
   * response, the answers the page was opened with; after an error the server's values win (a
   * refused shared page comes back with the answers as saved now).
   */
  hidden: Record<string, string>;
  /** The saved answers as form values, shown until an error shows what was typed instead. */
  saved: FormInput;
  labels: Record<string, string>;
  /** Offer "Save and come back later" (a second button on the same form). */
  offerLater: boolean;
  /** The page's questions, or the organisation page's choices. */
  fields: { questions: Question[] } | { organisation: OrganisationChoices };
  /** The survey's words shown in English on a page in another language, by field key (lib/domain/translations). */
  inEnglish?: string[];
};

/**
 * One page of the survey as a real form posting to a server action: it works without JavaScript,
 * and after a mistake shows the error summary and every answer as it was typed.
 */
export function SectionForm({ action, hidden, saved, labels, offerLater, fields, inEnglish }: Props) {
  const t = useTranslations("surveyRespond.page");
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : saved;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const english = useMemo(() => new Set(inEnglish ?? []), [inEnglish]);
  return (
    <form action={formAction} className="form survey-form" noValidate>
      <FormMessage state={state} labels={labels} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={state.status === "error" && typeof values[name] === "string" ? values[name] : value} />
      ))}
      {"questions" in fields ? (
        fields.questions.map((question) => <QuestionField key={question.id} question={question} values={values} errors={errors} inEnglish={english} />)
      ) : (
        <OrganisationFields choices={fields.organisation} values={values} errors={errors} />
      )}
      <div className="button-group">
        <SubmitButton pendingLabel={t("saving")}>{t("continue")}</SubmitButton>
        {offerLater ? (
          <button type="submit" name="intent" value="later" className="button button--secondary">
            {t("saveLater")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
