import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
      <h1>{t("title")}</h1>
      <p>
        <Link href="/console/surveys/new" className="button button--primary">
          {t("create")}
        </Link>
      </p>
      {surveys.length === 0 ? <p>{t("noSurveys")}</p> : null}
      {surveys.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("survey")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("audience")}</th>
                <th scope="col">{t("dates")}</th>
                <th scope="col">{t("responses")}</th>
                <th scope="col">{t("links")}</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((survey, index) => (
                <tr key={survey.id}>
                  <td>
                    <Link href={`/console/surveys/${survey.id}`}>{survey.title}</Link>
                  </td>
                  <td>
                    <span className={`status status--${survey.status}`}>{t(`statuses.${survey.status}`)}</span>
                  </td>
                  <td>{t(`audiences.${survey.audience}`)}</td>
                  <td>{dates[index]}</td>
                  <td>{t("responseCounts", { submitted: survey.submitted, drafts: survey.drafts })}</td>
                  <td>
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
