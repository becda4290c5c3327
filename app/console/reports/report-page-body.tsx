import { getTranslations } from "next-intl/server";
import { changeReportStatusAction, saveReportAction } from "@/app/console/reports/actions";
import { ReportEditor } from "@/components/reports/report-editor";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/lib/auth/or-not-found";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getReport } from "@/lib/server/reports/get-report";

type Props = { user: CurrentUser; subject: { kind: "topic" | "survey"; id: string }; back?: { href: string; label: string } };

/** What the topic's and the survey's report pages share below their permission check. */
export async function ReportPageBody({ user, subject, back }: Props) {
  const t = await getTranslations("consoleReport");
  const report = await orNotFound(() => getReport(user, subject), subject.id);
  const status = report.status === "published" ? "published" : report.id ? "draft" : "new";
  const files = `/api/console/reports/${subject.kind}/${subject.id}`;
  const publicPage = `/${subject.kind === "topic" ? "topics" : "surveys"}/${report.content.facts.subject.slug}`;
  return (
    <>
      <PageHeader title={t("metaTitle", { title: report.content.facts.subject.title })} back={back} caption={t(`status.${status}`)} lede={t("intro")} />
      <ReportEditor
        subject={subject}
        report={{ status: report.status, saved: report.id !== null, content: report.content }}
        document={report.document}
        actions={{ save: saveReportAction, changeStatus: changeReportStatusAction }}
        links={{ docx: `${files}/report.docx`, pdf: `${files}/report.pdf`, publicPage }}
      />
    </>
  );
}
