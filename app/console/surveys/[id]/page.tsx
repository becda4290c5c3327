import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { changeSurveyStatusAction, saveSurveyDefinitionAction, updateSurveySettingsAction } from "@/app/console/surveys/actions";
import { QuestionEditor } from "@/components/surveys/builder/question-editor";
import { SurveySettingsForm } from "@/components/surveys/builder/survey-settings-form";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getSurveyForEdit } from "@/lib/server/surveys/manage/get-survey-for-edit";
import { getSurveyFormOptions } from "@/lib/server/surveys/manage/get-survey-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleSurveys"))("editTitle") };
}

/** The one lifecycle step each status offers. */
const NEXT_STEP = { draft: "open", open: "close", closed: "reopen" } as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditSurveyPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("survey:manage", `/console/surveys/${id}`);
  const t = await getTranslations("consoleSurveys");
  const builder = await getTranslations("surveyBuilder.settings");
  const survey = await orNotFound(() => getSurveyForEdit(id), id);
  const options = await getSurveyFormOptions();
  const created = (await searchParams).saved === "created";
  const step = NEXT_STEP[survey.status];
  const answered = survey.responses.submitted + survey.responses.drafts > 0;
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        notice={created ? t("created") : null}
      >
        <p>
          {t("version", { version: survey.version })}. {t("responseSummary", survey.responses)}{" "}
          {survey.status !== "draft" ? <Link href={`/surveys/${survey.slug}`}>{t("viewPublic")}</Link> : null}
        </p>
      </PageHeader>
      {/* Keyed by version: an old refusal ("cannot open yet") goes once the questions are saved again. */}
      <ActionForm key={survey.version} action={changeSurveyStatusAction} label={t("lifecycleLabel")} submitLabel={t(`changes.${step}`)} pendingLabel={t("saving")} variant={step === "close" ? "secondary" : "primary"} className="lifecycle">
        <input type="hidden" name="surveyId" value={survey.id} />
        <input type="hidden" name="change" value={step} />
        {step !== "close" ? <p className="hint">{t("openHint")}</p> : null}
      </ActionForm>
      <h2 id="questions">{t("questionsTitle")}</h2>
      {answered ? <p className="notice">{t("guardNote")}</p> : null}
      <QuestionEditor surveyId={survey.id} version={survey.version} initial={survey.definition} action={saveSurveyDefinitionAction} />
      <h2>{t("settingsTitle")}</h2>
      <SurveySettingsForm action={updateSurveySettingsAction} values={survey.settings} options={options} submitLabel={builder("save")} hidden={{ surveyId: survey.id }} />
    </>
  );
}
