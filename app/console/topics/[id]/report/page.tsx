import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportPageBody } from "@/app/console/reports/report-page-body";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleReport"))("title") };
}

type Props = { params: Promise<{ id: string }> };

/** A topic's consultation report: sections, narratives and the decision; downloads; publishing; a preview. */
export default async function TopicReportPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePermission("report:manage", `/console/topics/${id}/report`);
  const t = await getTranslations("consoleReport");
  return <ReportPageBody user={user} subject={{ kind: "topic", id }} back={{ href: `/console/topics/${id}`, label: t("backTopic") }} />;
}
