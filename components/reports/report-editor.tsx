import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/components/ui/form-state";
import type { ReportDocument } from "@/lib/domain/reports/blocks";
import type { ReportContent } from "@/lib/domain/reports/facts";
import { ReportFileLinks } from "./report-file-links";
import { ReportForm } from "./report-form";
import { ReportPreview } from "./report-preview";

type Props = {
  subject: { kind: "topic" | "survey"; id: string };
  report: { status: "draft" | "published"; saved: boolean; content: ReportContent };
  document: ReportDocument;
  actions: { save: FormAction; changeStatus: FormAction };
  links: { docx: string; pdf: string; publicPage: string | null };
};

/** An officer's report page below its header: the form, the downloads, publishing, and the preview. */
export async function ReportEditor({ subject, report, document, actions, links }: Props) {
  const [t, sections] = await Promise.all([getTranslations("consoleReport"), getTranslations("reportDocument.sections")]);
  const published = report.status === "published";
  const values = {
    title: report.content.title,
    decision: report.content.decision,
    sections: report.content.sections.map((section) => ({ ...section, label: sections(section.key) })),
  };
  const change = published ? "unpublish" : "publish";
  return (
    <>
      {published ? <p className="notice">{t("lockedNote")}</p> : null}
      <ReportForm action={actions.save} subject={subject} values={values} locked={published} />
      <section aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t("downloadsTitle")}</h2>
        <p>{t("downloadsHint")}</p>
        <ReportFileLinks
          className="report-downloads"
          files={[
            { href: links.docx, label: t("downloadDocx") },
            { href: links.pdf, label: t("downloadPdf") },
          ]}
        />
      </section>
      {report.saved ? (
        <section aria-labelledby="publish-title">
          <h2 id="publish-title">{t("publishTitle")}</h2>
          {published ? null : <p>{t("publishIntro")}</p>}
          <ActionForm action={actions.changeStatus} label={t("publishTitle")} submitLabel={t(change)} pendingLabel={t("publishing")} variant={published ? "warning" : "primary"}>
            <input type="hidden" name="subjectKind" value={subject.kind} />
            <input type="hidden" name="subjectId" value={subject.id} />
            <input type="hidden" name="change" value={change} />
          </ActionForm>
          {published && links.publicPage ? (
            <p>
              <a href={links.publicPage}>{t("viewPublic")}</a>
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t("previewTitle")}</h2>
        <p>{t("previewIntro")}</p>
        <ReportPreview document={document} />
      </section>
    </>
  );
}
