import { z } from "zod";
import { SUPPORTED_LOCALES } from "@/lib/i18n/config";
import { requireChosenTheme, resolveThemeChoice, themeChoiceFields } from "./theme-choice";

/** The signed link's token: only its shape here; lib/server/partners/contact-link.ts checks the signature. */
const token = z.string().min(1).max(200);

/** A partner contact's choices, from the form behind their signed link. */
export const ZPartnerPreferencesInput = z
  .object({
    token,
    ...themeChoiceFields("validation.partnerPreferences.themeChoice"),
    frequency: z.enum(["weekly", "monthly"], "validation.partnerPreferences.frequency"),
    language: z.enum(SUPPORTED_LOCALES, "validation.partnerPreferences.language"),
    sendWhenQuiet: z.enum(["yes", "no"], "validation.partnerPreferences.quiet").transform((value) => value === "yes"),
  })
  .superRefine(requireChosenTheme("validation.partnerPreferences.chooseTheme"))
  .transform(resolveThemeChoice);
export type TPartnerPreferencesInput = z.output<typeof ZPartnerPreferencesInput>;

/** Unsubscribe and subscribe again need only the link. */
export const ZPartnerLinkInput = z.object({ token });
