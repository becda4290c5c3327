import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import type { ReportDocument } from "@/lib/domain/reports/blocks";
import { buildReportDocument } from "@/lib/domain/reports/document";
import type { ReportContent } from "@/lib/domain/reports/facts";
import { sectionChoices } from "@/lib/domain/reports/sections";
import { ForbiddenError } from "@/lib/errors";
import { defaultTranslator } from "@/lib/i18n/translator";
import { composeFacts } from "./shared/compose-facts";
import { readReportRow } from "./shared/report-row";
import type { ReportSubject } from "./shared/subject";

/** The report, and the document its files and preview show (in English, the council's papers). */
export type ReportView = { id: string | null; status: "draft" | "published"; content: ReportContent; document: ReportDocument };

/**
 * A topic's or survey's report for officers: what was saved (or, before that, every section with no
 * narrative and the subject's title), with the figures as they stand now. NotFound for no subject.
 */
export async function getReport(user: CurrentUser, subject: ReportSubject): Promise<ReportView> {
  if (!can(user.role, "report:manage")) throw new ForbiddenError();
  const db = getDb();
  const [row, facts] = await Promise.all([readReportRow(db, subject), composeFacts(db, user, subject)]);
  const content: ReportContent = {
    title: row?.title ?? facts.subject.title,
    decision: row?.decision ?? "",
    sections: sectionChoices(row?.sections ?? []),
    facts,
    publishedAt: row?.status === "published" ? (row.publishedAt?.toISOString() ?? null) : null,
  };
  return { id: row?.id ?? null, status: row?.status ?? "draft", content, document: buildReportDocument(content, defaultTranslator()) };
}
