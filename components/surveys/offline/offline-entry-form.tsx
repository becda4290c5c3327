"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormState } from "@/components/ui/form-state";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConditionNote } from "@/components/surveys/respond/condition-note";
import { errorFieldLabels } from "@/components/surveys/respond/error-fields";
import { valueOf } from "@/components/surveys/respond/form-values";
import { OrganisationFields, type OrganisationChoices } from "@/components/surveys/respond/organisation-fields";
import { QuestionField } from "@/components/surveys/respond/question-field";
import { allQuestions, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { OFFLINE_CHANNELS } from "@/lib/domain/surveys/offline/channels";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  surveyId: string;
  definition: SurveyDefinition;
  /** The organisation block's choices, where the survey asks for it. */
  organisation: OrganisationChoices | null;
};

/**
 * One paper, phone or event response on one page: how it came and when, then every question of
 * the survey, section by section, as its own pages show them (a conditional one says when it
 * counts). A plain form: after a mistake the error summary and everything typed come back.
 */
export function OfflineEntryForm({ action, surveyId, definition, organisation }: Props) {
  const t = useTranslations("surveyOffline.entry");
  const tOrganisation = useTranslations("surveyRespond.organisation");
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const labels = {
    ...errorFieldLabels(allQuestions(definition).map(({ question }) => question)),
    channel: t("channel"),
    received: t("received"),
    "org.organisationName": tOrganisation("name"),
    "org.sector": tOrganisation("sector"),
    "org.sizeBand": tOrganisation("size"),
    "org.neighbourhoodId": tOrganisation("neighbourhood"),
  };
  const receivedError = errors.received?.[0];
  return (
    <form action={formAction} className="form survey-form" aria-label={t("formLabel")} noValidate>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <h2>{t("howTitle")}</h2>
      <RadioGroup name="channel" legend={t("channel")} options={OFFLINE_CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }))} checked={valueOf(values, "channel")} error={errors.channel?.[0]} />
      <Field id="received" label={t("received")} hint={t("receivedHint")} error={receivedError}>
        <input className="input input--postcode" id="received" name="received" inputMode="numeric" defaultValue={valueOf(values, "received")} aria-describedby={describedBy("received", t("receivedHint"), receivedError)} aria-invalid={receivedError ? true : undefined} />
      </Field>
      {organisation ? (
        <>
          <h2>{t("organisationTitle")}</h2>
          <OrganisationFields choices={organisation} values={values} errors={errors} />
        </>
      ) : null}
      {definition.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          {section.showIf ? <ConditionNote definition={definition} condition={section.showIf} /> : null}
          {section.questions.map((question) => (
            <div key={question.id}>
              {question.showIf ? <ConditionNote definition={definition} condition={question.showIf} /> : null}
              <QuestionField question={question} values={values} errors={errors} />
            </div>
          ))}
        </section>
      ))}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
