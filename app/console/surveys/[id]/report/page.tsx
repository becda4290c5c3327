import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportPageBody } from "@/app/console/reports/report-page-body";
import { requirePermission } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleReport"))("title") };
}

type Props = { params: Promise<{ id: string }> };

/** A survey's consultation report (the survey's layout has the way back and its tabs). */
export default async function SurveyReportPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePermission("report:manage", `/console/surveys/${id}/report`);
  return <ReportPageBody user={user} subject={{ kind: "survey", id }} />;
}
