import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format/dates";
import { listConsoleSurveys, type ConsoleSurvey } from "@/lib/server/surveys/manage/list-console-surveys";
import "@/app/styles/survey-builder.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleSurveys"))("title") };
}

async function datesText(survey: ConsoleSurvey): Promise<string> {
  const t = await getTranslations("consoleSurveys");
  const opens = survey.opensAt ? formatDate(survey.opensAt) : null;
  // A survey closes at the start of the day after its closing day.
  const closes = survey.closesAt ? formatDate(new Date(survey.closesAt.getTime() - 1)) : null;
  if (opens && closes) return t("opensCloses", { opens, closes });
  if (opens) return t("opensOnly", { opens });
  if (closes) return t("closesOnly", { closes });
  return t("noDates");
}

export default async function ConsoleSurveysPage() {
  await requirePermission("survey:manage", "/console/surveys");
  const t = await getTranslations("consoleSurveys");
  const surveys = await listConsoleSurveys();
  const dates = await Promise.all(surveys.map(datesText));
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <Link href="/console/surveys/new" className="button button--primary">
            {t("create")}
          </Link>
        }
      />
      <DataTable
        caption={t("caption")}
        empty={t("noSurveys")}
        rows={surveys.map((survey, index) => ({ ...survey, datesText: dates[index] }))}
        rowKey={(survey) => survey.id}
        columns={[
          { key: "survey", header: t("survey"), cell: (survey) => <Link href={`/console/surveys/${survey.id}`}>{survey.title}</Link> },
          { key: "status", header: t("status"), cell: (survey) => <span className={`status status--${survey.status}`}>{t(`statuses.${survey.status}`)}</span> },
          { key: "audience", header: t("audience"), cell: (survey) => t(`audiences.${survey.audience}`) },
          { key: "dates", header: t("dates"), cell: (survey) => survey.datesText },
          { key: "responses", header: t("responses"), cell: (survey) => t("responseCounts", { submitted: survey.submitted, drafts: survey.drafts }) },
          {
            key: "links",
            header: t("links"),
            cell: (survey) => (
              <ul className="survey-links">
                <li>
                  <Link href={`/console/surveys/${survey.id}/results`} aria-label={`${t("results")}: ${survey.title}`}>
                    {t("results")}
                  </Link>
                </li>
                {survey.status !== "draft" ? (
                  <li>
                    <Link href={`/surveys/${survey.slug}`} aria-label={`${t("viewPublic")}: ${survey.title}`}>
                      {t("viewPublic")}
                    </Link>
                  </li>
                ) : null}
              </ul>
            ),
          },
        ]}
      />
    </>
  );
}
