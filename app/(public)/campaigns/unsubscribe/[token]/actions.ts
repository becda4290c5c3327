"use server";

import { publicFormAction } from "@/lib/auth/action";
import { requestTranslator } from "@/lib/auth/error-response";
import { unsubscribeRecipient } from "@/lib/server/campaigns/unsubscribe-recipient";
import { ZCampaignLinkToken } from "@/lib/validations/campaign";

/** Stops survey invitations to the link's address. */
export const unsubscribeRecipientAction = publicFormAction(ZCampaignLinkToken, async ({ token }) => {
  await unsubscribeRecipient(token, "page");
  const t = await requestTranslator();
  return { status: "success", message: t("campaignLink.unsubscribe.done") };
});
