"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { queueDueSummaries } from "@/lib/server/summaries/queue-due-summaries";
import { sendOneOffSummary } from "@/lib/server/summaries/send-one-off-summary";
import { saveSummaryIntro } from "@/lib/server/summaries/save-summary-intro";
import { ZOneOffSummaryInput, ZSummaryIntroInput } from "@/lib/validations/summaries";

export const sendOneOffSummaryAction = formAction("partner:manage", ZOneOffSummaryInput, async (input, { user }) => {
  const result = await sendOneOffSummary({ actorId: user.id, subject: input.subject, contactIds: input.contactIds, sendId: input.sendId });
  redirect(`/console/summaries/send?${new URLSearchParams({ queued: String(result.queued), skipped: String(result.skipped), again: String(result.alreadyQueued) })}`);
});

export const saveSummaryIntroAction = formAction("partner:manage", ZSummaryIntroInput, async (input, { user }) => {
  await saveSummaryIntro(user, input.intro);
  revalidatePath("/console/summaries", "layout");
  const t = await getTranslations("contentTranslations");
  return { status: "success", message: input.intro ? t("introSaved") : t("introRemoved") };
});

export const queueDueSummariesAction = formAction("partner:manage", z.object({}), async (_input, { user }) => {
  const counts = await queueDueSummaries(user.id);
  revalidatePath("/console/summaries");
  const t = await getTranslations("summaries");
  return { status: "success", message: t("queuedNow", { ...counts }) };
});
