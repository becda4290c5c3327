import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { eq } from "drizzle-orm";
import { consultationReports } from "@/lib/db/schema";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TReportSave } from "@/lib/validations/report";
import { readReportRow } from "./shared/report-row";
import { readSubject, type ReportSubject } from "./shared/subject";

/**
 * Saves a report's draft: its title, which sections it includes with their narratives, and the
 * council's decision. A published report is unpublished before it is changed, so what the public
 * reads is always what was published. Audited.
 */
export async function saveReport(user: CurrentUser, subject: ReportSubject, input: TReportSave): Promise<{ id: string }> {
  if (!can(user.role, "report:manage")) throw new ForbiddenError();
  return getDb().transaction(async (tx) => {
    await readSubject(tx, subject);
    const existing = await readReportRow(tx, subject, true);
    if (existing?.status === "published") throw new ConflictError("problems.report.unpublishFirst");
    const values = { title: input.title, decision: input.decision, sections: input.sections, updatedBy: user.id, updatedAt: new Date() };
    const [saved] = existing
      ? await tx.update(consultationReports).set(values).where(eq(consultationReports.id, existing.id)).returning({ id: consultationReports.id })
      : await tx
          .insert(consultationReports)
          .values({ ...values, topicId: subject.kind === "topic" ? subject.id : null, surveyId: subject.kind === "survey" ? subject.id : null, createdBy: user.id })
          .returning({ id: consultationReports.id });
    if (!saved) throw new Error("The report was not saved");
    await recordAudit(tx, { actorId: user.id, action: "report.saved", subjectType: subject.kind, subjectId: subject.id, details: { reportId: saved.id, included: input.sections.filter((section) => section.included).map((section) => section.key) } });
    return saved;
  });
}
