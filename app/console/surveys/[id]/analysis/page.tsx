import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ANALYSIS_ACTIONS } from "@/app/console/topics/[id]/analysis/analysis-actions";
import { AnalysisView } from "@/components/insight/analysis-view";
import { chosenDimension, dimensionWords } from "@/components/insight/dimension-values";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getAnalysis } from "@/lib/server/insight/get-analysis";
import { getThemeCounts } from "@/lib/server/insight/get-theme-counts";
import { listAnalysisItems } from "@/lib/server/insight/list-analysis-items";
import { listSurveyTextQuestions } from "@/lib/server/insight/list-survey-text-questions";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { ZAnalysisQuery } from "@/lib/validations/insight";
import "@/app/styles/survey-results.css";
import "@/app/styles/insight.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insight"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** One free-text question's answers to a survey, analysed into themes (policy insight:analyse); the officer chooses the question. */
export default async function SurveyAnalysisPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/console/surveys/${id}/analysis`;
  await requirePermission("insight:analyse", path);
  const raw = await searchParams;
  const query = ZAnalysisQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])));
  const survey = await orNotFound(() => listSurveyTextQuestions(id), id);
  const t = await getTranslations("insight");
  const question = survey.questions.find((candidate) => candidate.key === query.question) ?? survey.questions[0];
  const header = (
    <PageHeader title={t("surveyTitle", { title: survey.title })} back={{ href: `/console/surveys/${id}/results`, label: t("backToResults") }} lede={t("lede")} />
  );
  if (!question) {
    return (
      <>
        {header}
        <p>{t("noTextQuestions")}</p>
      </>
    );
  }
  const ref = { kind: "survey_question" as const, surveyId: id, questionKey: question.key };
  const dimension = chosenDimension("survey_question", query.by);
  const [analysis, neighbourhoods] = await Promise.all([getAnalysis(ref), listNeighbourhoods()]);
  const words = await dimensionWords("survey_question", dimension, neighbourhoods);
  const [items, counts] = await Promise.all([
    listAnalysisItems(ref, { page: query.page, search: query.q, themeId: query.theme, itemId: query.item }),
    getThemeCounts(ref, dimension, words.values.map((value) => value.key)),
  ]);
  return (
    <>
      {header}
      <form method="get" action={path} className="filter-bar" aria-label={t("questionChooser")}>
        <label className="label" htmlFor="analysis-question">
          {t("question")}
        </label>
        <select className="select" id="analysis-question" name="question" defaultValue={question.key}>
          {survey.questions.map((candidate) => (
            <option key={candidate.key} value={candidate.key}>
              {candidate.title}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t("chooseQuestion")}
        </button>
      </form>
      <AnalysisView
        kind="answers"
        analysis={analysis}
        items={items}
        counts={{ dimension, rows: counts.rows, words }}
        actions={ANALYSIS_ACTIONS}
        subject={{ surveyId: id, questionKey: question.key }}
        path={path}
        keep={{ question: question.key }}
        query={query}
        csvHref={`/api/console/insight/counts.csv?${new URLSearchParams({ surveyId: id, questionKey: question.key, by: dimension }).toString()}`}
        originalHref={() => null}
      />
    </>
  );
}
