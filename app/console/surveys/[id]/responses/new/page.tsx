import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OfflineEntryForm } from "@/components/surveys/offline/offline-entry-form";
import { organisationChoices } from "@/components/surveys/respond/organisation-choices";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { classificationLabels } from "@/lib/i18n/classification-labels";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { getSurveyPreview } from "@/lib/server/surveys/respond/get-survey-preview";
import { enterResponseAction } from "../actions";
import "@/app/styles/surveys-respond.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyOffline.entry"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

/** An officer types in a response that came on paper, by phone or at an event: the survey's own questions and checks. */
export default async function EnterResponsePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("survey:enter-responses", `/console/surveys/${id}/responses/new`);
  const survey = await orNotFound(() => getSurveyPreview(id), id);
  const t = await getTranslations("surveyOffline.entry");
  const saved = (await searchParams).saved;
  const reference = typeof saved === "string" && /^LT-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(saved) ? saved : null;
  const organisation = survey.asksOrganisation ? organisationChoices(await listNeighbourhoods(), await classificationLabels()) : null;
  return (
    <>
      <PageHeader
        title={t("title")}
        notice={reference ? t("saved", { reference }) : null}
        lede={t("intro")}
        actions={
          <Link className="button button--secondary" href={`/console/surveys/${id}/responses/import`}>
            {t("importLink")}
          </Link>
        }
      />
      {survey.status === "draft" ? (
        <p className="notice">{t("notPublished")}</p>
      ) : (
        <div className="narrow">
          <OfflineEntryForm action={enterResponseAction} surveyId={survey.id} definition={survey.definition} organisation={organisation} />
        </div>
      )}
    </>
  );
}
