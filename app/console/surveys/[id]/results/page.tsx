import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CrossTabTable } from "@/components/surveys/results/cross-tab-table";
import { ChannelCounts } from "@/components/surveys/results/channel-counts";
import { DropOffTable } from "@/components/surveys/results/drop-off-table";
import { ExportLinks } from "@/components/surveys/results/export-links";
import { PublishPanel } from "@/components/surveys/results/publish-panel";
import { QuestionResult } from "@/components/surveys/results/question-result";
import { ResultsFilters } from "@/components/surveys/results/results-filters";
import { ResultsHeadline } from "@/components/surveys/results/results-headline";
import { TextAnswers } from "@/components/surveys/results/text-answers";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { can } from "@/lib/domain/access/policy";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { countResponsesByChannel } from "@/lib/server/surveys/count-responses-by-channel";
import { getSurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { listTextAnswers } from "@/lib/server/surveys/results/list-text-answers";
import { textAnswerKeys } from "@/lib/domain/surveys/results/text-answer-keys";
import { filtersOf, filtersQueryString, hasFilters, ZResultsQuery } from "@/lib/validations/survey-results";
import { publishResultsAction } from "./actions";
import "@/app/styles/survey-results.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyResults"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SurveyResultsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/console/surveys/${id}/results`;
  const user = await requirePermission("survey:results", path);
  const raw = await searchParams;
  const query = ZResultsQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])));
  const filters = filtersOf(query);
  const [results, neighbourhoods, channels] = await Promise.all([orNotFound(() => getSurveyResults(id, { ...filters, by: query.by }), id), listNeighbourhoods(), countResponsesByChannel(id)]);
  const t = await getTranslations("surveyResults");
  const textKeys = textAnswerKeys(results.questions);
  const textTitle = query.text ? textKeys.get(query.text) : undefined;
  const textAnswers = query.text && textTitle ? await listTextAnswers(id, query.text, filters, { search: query.q, page: query.page }) : null;
  const linkWith = (extra: Record<string, string>) => {
    const search = new URLSearchParams(filtersQueryString(filters).slice(1));
    for (const [key, value] of Object.entries(extra)) search.set(key, value);
    return `${path}?${search.toString()}#written`;
  };
  const dimensionLabel = query.by ? t(`filters.dimension.${query.by}`) : "";
  return (
    <>
      <PageHeader title={t("heading")} />
      <ResultsFilters action={path} query={query} neighbourhoods={neighbourhoods} />
      {hasFilters(filters) ? <p className="notice">{t("filtered")}</p> : null}
      <ResultsHeadline responses={results.responses} dropOff={results.dropOff} />
      <div className="results-panels">
        <ChannelCounts counts={channels} current={filters.channel} href={(channel) => `${path}${filtersQueryString({ ...filters, channel })}`} />
        {can(user.role, "survey:export") ? <ExportLinks surveyId={id} filters={filters} /> : null}
        <PublishPanel action={publishResultsAction} survey={results.survey} />
      </div>
      {results.responses === 0 ? <p className="lead">{t("noResponses")}</p> : null}
      {textAnswers && query.text && textTitle ? (
        <TextAnswers action={path} filters={filters} answerKey={query.text} title={textTitle} search={query.q ?? ""} answers={textAnswers} pageHref={(page) => linkWith({ text: query.text ?? "", ...(query.q ? { q: query.q } : {}), page: String(page) })} />
      ) : null}
      {results.crossTab ? (
        <section aria-labelledby="cross-tabs">
          <h2 id="cross-tabs">{t("crossTab.title", { dimension: dimensionLabel })}</h2>
          {results.crossTab.tabs.map((tab) => (
            <CrossTabTable key={tab.question.id} tab={tab} dimensionLabel={dimensionLabel} />
          ))}
        </section>
      ) : null}
      <DropOffTable dropOff={results.dropOff} />
      <h2>{t("byQuestion")}</h2>
      {results.questions.map((result) => (
        <QuestionResult key={result.question.id} result={result} textHref={(answerKey) => linkWith({ text: answerKey })} />
      ))}
    </>
  );
}
