import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SurveySubNav } from "@/components/surveys/builder/survey-sub-nav";
import { requireAnyPermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getSurveyHeading } from "@/lib/server/surveys/manage/get-survey-heading";
import "@/app/styles/survey-builder.css";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

/**
 * Every console page about one survey: a way back to the list, the survey's title and status, and
 * its tabs. Each page checks its own permission (building, results and exports differ); this layout
 * renders alongside them, so it checks that the person may see one of them before it reads the survey.
 */
export default async function SurveyConsoleLayout({ children, params }: Props) {
  const { id } = await params;
  await requireAnyPermission(["survey:manage", "survey:results"], `/console/surveys/${id}`);
  const survey = await orNotFound(() => getSurveyHeading(id), id);
  const [t, tLinks, tTranslations, tInsight, tReport] = await Promise.all([
    getTranslations("consoleSurveys"),
    getTranslations("surveyLinks"),
    getTranslations("contentTranslations"),
    getTranslations("insight"),
    getTranslations("consoleReport"),
  ]);
  const base = `/console/surveys/${survey.id}`;
  return (
    <>
      <p>
        <Link href="/console/surveys" className="back-link">
          {t("back")}
        </Link>
      </p>
      <p className="caption survey-heading">
        {survey.title} <span className={`status status--${survey.status}`}>{t(`statuses.${survey.status}`)}</span>
      </p>
      <SurveySubNav
        label={t("subNavLabel")}
        links={[
          { href: base, label: t("tabs.edit") },
          { href: `${base}/preview`, label: t("tabs.preview") },
          { href: `${base}/results`, label: t("tabs.results") },
          { href: `${base}/analysis`, label: tInsight("metaTitle") },
          { href: `${base}/links`, label: tLinks("tab") },
          { href: `${base}/versions`, label: t("tabs.versions") },
          { href: `${base}/translations`, label: tTranslations("tab") },
          { href: `${base}/campaigns`, label: t("tabs.campaigns") },
          { href: `${base}/report`, label: tReport("link") },
          { href: `${base}/responses/new`, label: t("tabs.offline") },
        ]}
      />
      {children}
    </>
  );
}
