import { z } from "zod";
import { SUPPORTED_LOCALES } from "@/lib/i18n/config";
import { requireChosenTheme, resolveThemeChoice, themeChoiceFields } from "./theme-choice";

/** The signed link's token: only its shape here; lib/server/partners/contact-link.ts checks the signature. */
const token = z.string().min(1).max(200);

/** A partner contact's choices, from the form behind their signed link. */
export const ZPartnerPreferencesInput = z
  .object({
    token,
    ...themeChoiceFields("Choose whether you want every theme or only some."),
    frequency: z.enum(["weekly", "monthly"], "Choose how often you want a summary."),
    language: z.enum(SUPPORTED_LOCALES, "Choose a language from the list."),
    sendWhenQuiet: z.enum(["yes", "no"], "Choose whether you want an email when there is nothing new.").transform((value) => value === "yes"),
  })
  .superRefine(requireChosenTheme("Choose at least one theme, or choose every theme."))
  .transform(resolveThemeChoice);
export type TPartnerPreferencesInput = z.output<typeof ZPartnerPreferencesInput>;

/** Unsubscribe and subscribe again need only the link. */
export const ZPartnerLinkInput = z.object({ token });
export type TPartnerLinkInput = z.output<typeof ZPartnerLinkInput>;
