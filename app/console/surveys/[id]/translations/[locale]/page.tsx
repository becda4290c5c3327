import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TranslationForm, type TranslationFormGroup } from "@/components/translations/translation-form";
import { TranslationGaps } from "@/components/translations/translation-gaps";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { translationFieldId } from "@/lib/domain/translations/translation-form";
import { localeDirection } from "@/lib/i18n/locales";
import { getSurveyTranslation } from "@/lib/server/translations/get-survey-translation";
import { translationLocaleOr404, translationMetadata } from "@/app/console/translation-routes";
import { saveSurveyTranslationAction } from "../actions";

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale } = await params;
  await requirePermission("survey:manage", `/console/surveys/${id}/translations/${locale}`);
  return translationMetadata(locale);
}

type Survey = Awaited<ReturnType<typeof getSurveyTranslation>>;
type Group = Survey["groups"][number];
type Field = Group["fields"][number];
type Words = Awaited<ReturnType<typeof getTranslations<"contentTranslations">>>;

/** A field's label, unique on the page: "Question 3 in Urdu", "Answer 2 of question 3 in Urdu". */
function fieldLabel(t: Words, group: Group, field: Field, language: string): string {
  const number = group.number;
  switch (field.part) {
    case "question":
      return t("questionLabel", { number, language });
    case "option":
    case "row": {
      const position = group.fields.filter((other) => other.part === field.part).indexOf(field) + 1;
      return t(field.part === "option" ? "optionLabel" : "rowLabel", { option: position, number, language });
    }
    case "hint":
    case "minLabel":
    case "maxLabel":
      return t("questionPartLabel", { part: t(`parts.${field.part}`), number, language });
    case "sectionTitle":
      return t("sectionTitleLabel", { number, language });
    case "intro":
      return t("sectionIntroLabel", { number, language });
    default:
      return t("fieldLabel", { part: t(`parts.${field.part}`), language });
  }
}

export default async function SurveyTranslationPage({ params }: Props) {
  const { id, locale: given } = await params;
  await requirePermission("survey:manage", `/console/surveys/${id}/translations/${given}`);
  const locale = translationLocaleOr404(given);
  const t = await getTranslations("contentTranslations");
  const survey = await orNotFound(() => getSurveyTranslation(id, locale), id);
  const language = t(`languages.${locale}`);
  const groups: TranslationFormGroup[] = survey.groups.map((group) => ({
    id: group.id,
    heading: group.kind === "survey" ? t("surveyGroup") : t(group.kind === "section" ? "sectionGroup" : "questionGroup", { number: group.number }),
    fields: group.fields.map((field) => ({ key: field.key, kind: field.kind, label: fieldLabel(t, group, field, language), english: field.original, value: field.translation, state: field.state })),
  }));
  const gaps = (state: Field["state"]) => groups.flatMap((group) => group.fields.filter((field) => field.state === state).map((field) => ({ id: translationFieldId(field.key), label: field.label })));
  return (
    <>
      <p>
        <Link href={`/console/surveys/${survey.survey.id}/translations`} className="back-link">
          {t("back")}
        </Link>
      </p>
      <h1>{t("formTitle", { language })}</h1>
      <p className="lead">{t("formIntro", { language })}</p>
      {survey.exists ? <TranslationGaps language={language} missing={gaps("missing")} outdated={gaps("outdated")} /> : null}
      <TranslationForm action={saveSurveyTranslationAction} subjectId={survey.survey.id} locale={locale} dir={localeDirection(locale)} groups={groups} formLabel={t("formTitle", { language })} />
    </>
  );
}
