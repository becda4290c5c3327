import { z } from "zod";
import { SUPPORTED_LOCALES } from "@/lib/i18n/config";
import { ids } from "./topic";

/** The signed link's token: only its shape here; lib/server/partners/contact-link.ts checks the signature. */
const token = z.string().min(1).max(200);

/** A partner contact's choices, from the form behind their signed link. */
export const ZPartnerPreferencesInput = z
  .object({
    token,
    themeChoice: z.enum(["all", "chosen"], "Choose whether you want every theme or only some."),
    themeIds: ids("Choose themes from the list."),
    frequency: z.enum(["weekly", "monthly"], "Choose how often you want a summary."),
    language: z.enum(SUPPORTED_LOCALES, "Choose a language from the list."),
    sendWhenQuiet: z.enum(["yes", "no"], "Choose whether you want an email when there is nothing new.").transform((value) => value === "yes"),
  })
  .superRefine((value, ctx) => {
    if (value.themeChoice === "chosen" && value.themeIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["themeIds"], message: "Choose at least one theme, or choose every theme." });
    }
  })
  .transform(({ themeChoice, themeIds, ...rest }) => ({
    ...rest,
    allThemes: themeChoice === "all",
    // "Every theme" includes themes added later: ticked boxes would only confuse the next visit.
    themeIds: themeChoice === "all" ? [] : themeIds,
  }));
export type TPartnerPreferencesInput = z.output<typeof ZPartnerPreferencesInput>;

/** Unsubscribe and subscribe again need only the link. */
export const ZPartnerLinkInput = z.object({ token });
export type TPartnerLinkInput = z.output<typeof ZPartnerLinkInput>;
