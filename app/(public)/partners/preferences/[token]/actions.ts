"use server";

import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/auth/action";
import { eraseContact } from "@/lib/server/partner-preferences/erase-contact";
import { resubscribeContact } from "@/lib/server/partner-preferences/resubscribe-contact";
import { unsubscribeContact } from "@/lib/server/partner-preferences/unsubscribe-contact";
import { updatePreferences } from "@/lib/server/partner-preferences/update-preferences";
import { ZPartnerLinkInput, ZPartnerPreferencesInput } from "@/lib/validations/partner-preferences";

/** Back to the page, which shows the outcome (a redirect, so it works without JavaScript and a refresh does not resubmit). */
const backTo = (token: string, done: "saved" | "unsubscribed" | "resubscribed"): never => redirect(`/partners/preferences/${encodeURIComponent(token)}?done=${done}`);

export const savePreferencesAction = publicFormAction(ZPartnerPreferencesInput, async (input) => {
  await updatePreferences(input);
  backTo(input.token, "saved");
});

export const unsubscribeAction = publicFormAction(ZPartnerLinkInput, async ({ token }) => {
  await unsubscribeContact(token, "link");
  backTo(token, "unsubscribed");
});

export const resubscribeAction = publicFormAction(ZPartnerLinkInput, async ({ token }) => {
  await resubscribeContact(token);
  backTo(token, "resubscribed");
});

/** The contact removes themselves and everything about them (see eraseContact). */
export const eraseContactAction = publicFormAction(ZPartnerLinkInput, async ({ token }) => {
  await eraseContact(token);
  redirect("/partners/removed");
});
