import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ANALYSIS_ACTIONS, analysisQuery, countsAndItems } from "@/app/console/topics/[id]/analysis/analysis-page";
import { AnalysisView } from "@/components/insight/analysis-view";
import { QueryForm } from "@/components/insight/query-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getAnalysis } from "@/lib/server/insight/get-analysis";
import { listSurveyTextQuestions } from "@/lib/server/insight/list-survey-text-questions";
import "@/app/styles/survey-results.css";
import "@/app/styles/insight.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insight"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One free-text question's answers to a survey, analysed into themes (policy insight:analyse); the officer chooses the question. */
export default async function SurveyAnalysisPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/console/surveys/${id}/analysis`;
  await requirePermission("insight:analyse", path);
  const raw = await searchParams;
  const query = analysisQuery(raw);
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
  const [analysis, { items, counts, csvHref }] = await Promise.all([getAnalysis(ref), countsAndItems(ref, query)]);
  return (
    <>
      {header}
      <QueryForm action={path} label={t("questionChooser")} submitLabel={t("chooseQuestion")}>
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
      </QueryForm>
      <AnalysisView
        kind="answers"
        analysis={analysis}
        items={items}
        counts={counts}
        actions={ANALYSIS_ACTIONS}
        subject={{ surveyId: id, questionKey: question.key }}
        path={path}
        keep={{ question: question.key }}
        query={query}
        csvHref={csvHref}
        originalHref={() => null}
      />
    </>
  );
}
