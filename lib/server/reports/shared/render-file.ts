import "server-only";
import { buildReportDocument } from "@/lib/domain/reports/document";
import type { ReportContent } from "@/lib/domain/reports/facts";
import { defaultTranslator } from "@/lib/i18n/translator";
import { renderReportDocx } from "@/lib/reports/docx/render-docx";
import { renderReportPdf } from "@/lib/reports/pdf/render-pdf";

export type ReportFormat = "pdf" | "docx";
export type ReportFile = { filename: string; contentType: string; bytes: Buffer };

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The report's file, in English (the council's papers): e.g. cycle-lanes-consultation-report-2026-12-04.pdf, "-draft" before publishing. */
export async function renderReportFile(content: ReportContent, format: ReportFormat, now = new Date()): Promise<ReportFile> {
  const document = buildReportDocument(content, defaultTranslator());
  const bytes = format === "pdf" ? await renderReportPdf(document) : await renderReportDocx(document);
  const day = (content.publishedAt ?? now.toISOString()).slice(0, 10);
  const filename = [content.facts.subject.slug, "consultation-report", content.publishedAt ? null : "draft", day].filter(Boolean).join("-");
  return { filename: `${filename}.${format}`, contentType: CONTENT_TYPES[format], bytes };
}
