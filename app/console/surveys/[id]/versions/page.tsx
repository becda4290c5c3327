import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DefinitionView } from "@/components/surveys/builder/definition-view";
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
      <h1>{t("versionsTitle")}</h1>
      <p>{t("versionsIntro")}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("versionsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("versionColumn")}</th>
              <th scope="col">{t("savedBy")}</th>
              <th scope="col">{t("savedAt")}</th>
              <th scope="col">{t("note")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("show")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <td>
                  {version.version} {version.version === current ? t("current") : null}
                </td>
                <td>{version.createdBy ?? version.createdByEmail ?? t("unknownPerson")}</td>
                <td>{formatDateTime(version.createdAt)}</td>
                <td>{version.note}</td>
                <td>
                  <Link href={`/console/surveys/${survey.id}/versions?version=${version.version}`} aria-label={t("showLabel", { version: version.version })} aria-current={shown?.version === version.version ? "true" : undefined}>
                    {t("show")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown ? (
        <>
          <h2>{t("versionTitle", { version: shown.version })}</h2>
          <DefinitionView definition={shown.definition} />
        </>
      ) : null}
    </>
  );
}
