"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { answerOptions, EQUALITIES_QUESTIONS, ETHNIC_GROUP_HEADINGS, PREFER_NOT_TO_SAY, type EqualitiesAnswers, type EqualitiesQuestion } from "@/lib/domain/equalities/questions";
import { answerLabel } from "./answer-label";

const ETHNIC_HEADINGS = Object.keys(ETHNIC_GROUP_HEADINGS) as (keyof typeof ETHNIC_GROUP_HEADINGS)[];

/**
 * The optional "about you" questions: one radio group each, nothing required, "prefer not to say"
 * last in every one. Works without JavaScript; after a refused answer what was chosen stays chosen.
 */
export function AboutYouForm({ action, answers }: { action: FormAction; answers: EqualitiesAnswers }) {
  const t = useTranslations("aboutYou");
  const [state, formAction] = useActionState(action, IDLE);
  const label = (question: EqualitiesQuestion, answer: string) => answerLabel(t, question, answer);
  const labels = Object.fromEntries(EQUALITIES_QUESTIONS.map((question) => [question, t(`short.${question}`)]));
  const common = (question: EqualitiesQuestion) => ({
    name: question,
    legend: t(`questions.${question}`),
    hint: t(`hints.${question}`),
    checked: fieldValue(state, question, answers[question] ?? ""),
    error: fieldError(state, question),
  });
  return (
    <form action={formAction} className="form about-you-form" aria-label={t("formLabel")} noValidate>
      <FormMessage state={state} labels={labels} />
      {EQUALITIES_QUESTIONS.map((question) => (
        <RadioGroup
          key={question}
          {...common(question)}
          // The ethnic groups come under the census's five headings; "prefer not to say" after them.
          groups={question === "ethnic_group" ? ETHNIC_HEADINGS.map((heading) => ({ heading: t(`ethnicHeadings.${heading}`), options: ETHNIC_GROUP_HEADINGS[heading].map((key) => ({ value: key, label: label(question, key) })) })) : undefined}
          options={question === "ethnic_group" ? [{ value: PREFER_NOT_TO_SAY, label: t("preferNotToSay") }] : answerOptions(question).map((value) => ({ value, label: label(question, value) }))}
        />
      ))}
      <div className="button-row">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        <Link href="/profile" className="button button--secondary">
          {t("skip")}
        </Link>
      </div>
    </form>
  );
}
