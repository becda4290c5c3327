"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { sendOneOffSummary } from "@/lib/server/summaries/send-one-off-summary";
import { ZOneOffSummaryInput } from "@/lib/validations/summaries";

export const sendOneOffSummaryAction = formAction("partner:manage", ZOneOffSummaryInput, async (input, { user }) => {
  const result = await sendOneOffSummary({ actorId: user.id, subject: input.subject, contactIds: input.contactIds, sendId: input.sendId });
  redirect(`/console/summaries/send?${new URLSearchParams({ queued: String(result.queued), skipped: String(result.skipped), again: String(result.alreadyQueued) })}`);
});
