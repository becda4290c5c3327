import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnalysisView } from "@/components/insight/analysis-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getAnalysis } from "@/lib/server/insight/get-analysis";
import { ANALYSIS_ACTIONS, analysisQuery, countsAndItems } from "./analysis-page";
import "@/app/styles/survey-results.css";
import "@/app/styles/insight.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insight"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A topic's comments, analysed into themes that officers organise and code (policy insight:analyse). */
export default async function TopicAnalysisPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/console/topics/${id}/analysis`;
  await requirePermission("insight:analyse", path);
  const raw = await searchParams;
  const query = analysisQuery(raw);
  const ref = { kind: "topic" as const, topicId: id };
  const analysis = await orNotFound(() => getAnalysis(ref), id);
  const { items, counts, csvHref } = await countsAndItems(ref, query);
  const t = await getTranslations("insight");
  return (
    <>
      <PageHeader title={t("topicTitle", { title: analysis.subject.title })} back={{ href: `/console/topics/${id}`, label: t("backToTopic") }} lede={t("lede")} />
      <AnalysisView
        kind="comments"
        analysis={analysis}
        items={items}
        counts={counts}
        actions={ANALYSIS_ACTIONS}
        subject={{ topicId: id }}
        path={path}
        keep={{}}
        query={query}
        csvHref={csvHref}
        originalHref={(itemId) => `/topics/${analysis.subject.slug}#comment-${itemId}`}
      />
    </>
  );
}
