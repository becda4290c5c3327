import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DefinitionView } from "@/components/surveys/builder/definition-view";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { formatDateTime } from "@/lib/format/dates";
import { getSurveyHeading } from "@/lib/server/surveys/manage/get-survey-heading";
import { getSurveyVersion } from "@/lib/server/surveys/manage/get-survey-version";
import { listSurveyVersions } from "@/lib/server/surveys/manage/list-survey-versions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleSurveys"))("versionsTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ version?: string }> };

export default async function SurveyVersionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("survey:manage", `/console/surveys/${id}/versions`);
  const t = await getTranslations("consoleSurveys");
  const survey = await orNotFound(() => getSurveyHeading(id), id);
  const versions = await listSurveyVersions(survey.id);
  const wanted = Number((await searchParams).version ?? versions[0]?.version);
  const shown = Number.isInteger(wanted) ? await orNotFound(() => getSurveyVersion(survey.id, wanted)) : null;
  const current = versions[0]?.version;
  return (
    <>
      <PageHeader title={t("versionsTitle")}>
        <p>{t("versionsIntro")}</p>
      </PageHeader>
      <DataTable
        caption={t("versionsCaption")}
        rows={versions}
        rowKey={(version) => String(version.version)}
        columns={[
          {
            key: "version",
            header: t("versionColumn"),
            cell: (version) => (
              <>
                {version.version} {version.version === current ? t("current") : null}
              </>
            ),
          },
          { key: "savedBy", header: t("savedBy"), cell: (version) => version.createdBy ?? version.createdByEmail ?? t("unknownPerson") },
          { key: "savedAt", header: t("savedAt"), cell: (version) => formatDateTime(version.createdAt) },
          { key: "note", header: t("note"), cell: (version) => version.note },
          {
            key: "show",
            header: <span className="visually-hidden">{t("show")}</span>,
            cell: (version) => (
              <Link href={`/console/surveys/${survey.id}/versions?version=${version.version}`} aria-label={t("showLabel", { version: version.version })} aria-current={shown?.version === version.version ? "true" : undefined}>
                {t("show")}
              </Link>
            ),
          },
        ]}
      />
      {shown ? (
        <>
          <h2>{t("versionTitle", { version: shown.version })}</h2>
          <DefinitionView definition={shown.definition} />
        </>
      ) : null}
    </>
  );
}
