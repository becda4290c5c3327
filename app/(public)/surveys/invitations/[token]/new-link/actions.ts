"use server";

import { headers } from "next/headers";
import { publicFormAction } from "@/lib/auth/action";
import { requestTranslator } from "@/lib/auth/error-response";
import { clientAddress } from "@/lib/security/client-address";
import { requestCampaignLink } from "@/lib/server/campaigns/request-campaign-link";
import { ZNewLinkRequest } from "@/lib/validations/campaign";

/** Asks for a new personal link: the answer is the same whether or not the address was invited. */
export const requestCampaignLinkAction = publicFormAction(ZNewLinkRequest, async (input) => {
  await requestCampaignLink(input.token, input.email, clientAddress(await headers()));
  const t = await requestTranslator();
  return { status: "success", message: t("campaignLink.newLink.sent") };
});
