import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import { listOpenSurveys } from "@/lib/server/surveys/respond/list-open-surveys";
import "@/app/styles/surveys-respond.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("title") };
}

export const dynamic = "force-dynamic";

export default async function SurveyListPage() {
  const t = await getTranslations("surveys");
  const surveys = await listOpenSurveys();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p role="status">{t("count", { count: surveys.length })}</p>
      <ul className="survey-list">
        {surveys.map((survey) => (
          <li className="card survey-list__item" key={survey.slug}>
            <h2 className="card__title">
              <Link href={`/surveys/${survey.slug}`}>{survey.title}</Link>
            </h2>
            <p className="card__summary">{survey.summary}</p>
            <p className="card__meta">
              {survey.closesAt ? t("closes", { date: formatDate(survey.closesAt) }) : t("noClose")}
              {" · "}
              {t(`audience.${survey.audience}`)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
