import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TranslationList } from "@/components/translations/translation-list";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listSurveyTranslations } from "@/lib/server/translations/list-survey-translations";
import { translationMetadata } from "@/app/console/translation-routes";
import { removeSurveyTranslationAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await requirePermission("survey:manage", `/console/surveys/${(await params).id}/translations`);
  return translationMetadata();
}

/** The survey console's layout names the survey and has the way back; this page lists its languages. */
export default async function SurveyTranslationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("survey:manage", `/console/surveys/${id}/translations`);
  const [t, { survey, languages }] = await Promise.all([getTranslations("contentTranslations"), orNotFound(() => listSurveyTranslations(id), id)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("surveyIntro")}</p>
      <p>{t("staleRule")}</p>
      <TranslationList base={`/console/surveys/${survey.id}/translations`} subjectId={survey.id} languages={languages} remove={removeSurveyTranslationAction} />
    </>
  );
}
