"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/auth/action";
import { changeReportStatus } from "@/lib/server/reports/change-report-status";
import { saveReport } from "@/lib/server/reports/save-report";
import { ZReportSave, ZReportStatusChange } from "@/lib/validations/report";

/** The report's page and the public page it appears on. */
function refresh(kind: "topic" | "survey", id: string) {
  revalidatePath(`/console/${kind === "topic" ? "topics" : "surveys"}/${id}/report`);
  revalidatePath(kind === "topic" ? "/topics/[slug]" : "/surveys/[slug]", "page");
}

export const saveReportAction = formAction("report:manage", ZReportSave, async (input, { user }) => {
  await saveReport(user, input.subject, input);
  refresh(input.subject.kind, input.subject.id);
  return { status: "success", message: (await getTranslations("consoleReport"))("saved") };
});

export const changeReportStatusAction = formAction("report:manage", ZReportStatusChange, async (input, { user }) => {
  const emailed = await changeReportStatus(user, input.subject, input.change);
  refresh(input.subject.kind, input.subject.id);
  const t = await getTranslations("consoleReport");
  return { status: "success", message: input.change === "publish" ? t("published", { count: emailed }) : t("unpublished") };
});
