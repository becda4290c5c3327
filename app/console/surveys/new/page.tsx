import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { createSurveyAction } from "@/app/console/surveys/actions";
import { SurveySettingsForm } from "@/components/surveys/builder/survey-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getSurveyFormOptions } from "@/lib/server/surveys/manage/get-survey-form-options";
import type { SurveySettingsFormValues } from "@/lib/validations/survey-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleSurveys"))("create") };
}

const EMPTY: SurveySettingsFormValues = {
  title: "",
  slug: "",
  summary: "",
  opensOn: "",
  closesOn: "",
  audience: "anyone",
  anonymity: "anonymous",
  onePerPerson: false,
  asksOrganisation: false,
  requiresVerified: false,
  onePerOrganisation: false,
  topicId: "",
  themeIds: [],
  thankYou: "",
};

export default async function NewSurveyPage() {
  await requirePermission("survey:manage", "/console/surveys/new");
  const t = await getTranslations("consoleSurveys");
  const builder = await getTranslations("surveyBuilder.settings");
  return (
    <>
      <PageHeader title={t("create")} lede={t("createIntro")} />
      <SurveySettingsForm action={createSurveyAction} values={EMPTY} options={await getSurveyFormOptions()} submitLabel={builder("create")} />
    </>
  );
}
