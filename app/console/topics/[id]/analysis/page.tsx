import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnalysisView } from "@/components/insight/analysis-view";
import { chosenDimension, dimensionWords } from "@/components/insight/dimension-values";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getAnalysis } from "@/lib/server/insight/get-analysis";
import { getThemeCounts } from "@/lib/server/insight/get-theme-counts";
import { listAnalysisItems } from "@/lib/server/insight/list-analysis-items";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { ZAnalysisQuery } from "@/lib/validations/insight";
import { ANALYSIS_ACTIONS } from "./analysis-actions";
import "@/app/styles/survey-results.css";
import "@/app/styles/insight.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insight"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A topic's comments, analysed into themes that officers organise and code (policy insight:analyse). */
export default async function TopicAnalysisPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/console/topics/${id}/analysis`;
  await requirePermission("insight:analyse", path);
  const raw = await searchParams;
  const query = ZAnalysisQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])));
  const ref = { kind: "topic" as const, topicId: id };
  const analysis = await orNotFound(() => getAnalysis(ref), id);
  const dimension = chosenDimension("topic", query.by);
  const neighbourhoods = await listNeighbourhoods();
  const words = await dimensionWords("topic", dimension, neighbourhoods);
  const [items, counts] = await Promise.all([
    listAnalysisItems(ref, { page: query.page, search: query.q, themeId: query.theme, itemId: query.item }),
    getThemeCounts(ref, dimension, words.values.map((value) => value.key)),
  ]);
  const t = await getTranslations("insight");
  return (
    <>
      <PageHeader title={t("topicTitle", { title: analysis.subject.title })} back={{ href: `/console/topics/${id}`, label: t("backToTopic") }} lede={t("lede")} />
      <AnalysisView
        kind="comments"
        analysis={analysis}
        items={items}
        counts={{ dimension, rows: counts.rows, words }}
        actions={ANALYSIS_ACTIONS}
        subject={{ topicId: id }}
        path={path}
        keep={{}}
        query={query}
        csvHref={`/api/console/insight/counts.csv?${new URLSearchParams({ topicId: id, by: dimension }).toString()}`}
        originalHref={(itemId) => `/topics/${analysis.subject.slug}#comment-${itemId}`}
      />
    </>
  );
}
