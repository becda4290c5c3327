import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicQuestionResult } from "@/components/surveys/results/public-question-result";
import { orNotFound } from "@/lib/auth/or-not-found";
import { formatDate } from "@/lib/format/dates";
import { getPublicResults } from "@/lib/server/surveys/results/get-public-results";
import "@/app/styles/survey-results.css";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publicResults");
  return { title: t("metaTitle") };
}

/** A survey's published results summary: choice, yes/no and scale questions, small numbers suppressed. */
export default async function PublicSurveyResultsPage({ params }: Props) {
  const { slug } = await params;
  const t = await getTranslations("publicResults");
  const results = await orNotFound(() => getPublicResults(slug));
  return (
    <div className="survey-results">
      <h1>{t("title", { survey: results.survey.title })}</h1>
      <p className="lead">{results.responses === null ? t("fewerResponses") : t("responses", { count: results.responses })}</p>
      <p className="caption">{t("published", { when: formatDate(results.survey.publishedAt) })}</p>
      <div className="notice">
        <p>{t("suppressionNote")}</p>
      </div>
      {results.questions.map((question) => (
        <PublicQuestionResult key={question.id} question={question} />
      ))}
    </div>
  );
}
