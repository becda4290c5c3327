import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { langAttributes } from "@/components/translations/lang-attributes";
import { knownLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/format/dates";
import { listOpenSurveys } from "@/lib/server/surveys/respond/list-open-surveys";
import "@/app/styles/surveys-respond.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("title") };
}

export const dynamic = "force-dynamic";

export default async function SurveyListPage() {
  const t = await getTranslations("surveys");
  const pageLocale = knownLocale(await getLocale());
  const tLanguage = await getTranslations("contentLanguage");
  const surveys = await listOpenSurveys(new Date(), pageLocale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p role="status">{t("count", { count: surveys.length })}</p>
      <ul className="survey-list">
        {surveys.map((survey) => (
          <li className="card survey-list__item" key={survey.slug}>
            {survey.title.lang !== pageLocale ? (
              <p className="card__status">
                <span className="tag tag--quiet">{tLanguage("inEnglish")}</span>
              </p>
            ) : null}
            <h2 className="card__title" {...langAttributes(survey.title, pageLocale)}>
              <Link href={`/surveys/${survey.slug}`} prefetch={false}>
                {survey.title.text}
              </Link>
            </h2>
            <p className="card__summary" {...langAttributes(survey.summary, pageLocale)}>
              {survey.summary.text}
            </p>
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
