import { z } from "zod";
import { ids } from "./topic";

/**
 * A summary subscription's themes, shared by the officer's contact form and the contact's own
 * preference page: "all" follows every theme, including ones added later; "chosen" the ticked ones.
 */
export const themeChoiceFields = (chooseMessage: string) => ({
  themeChoice: z.enum(["all", "chosen"], chooseMessage),
  themeIds: ids("validation.choose.themes"),
});

type ThemeChoice = { themeChoice: "all" | "chosen"; themeIds: string[] };

/** "chosen" needs at least one ticked theme. */
export const requireChosenTheme = (message: string) => (value: ThemeChoice, ctx: z.RefinementCtx) => {
  if (value.themeChoice === "chosen" && value.themeIds.length === 0) ctx.addIssue({ code: "custom", path: ["themeIds"], message });
};

/** The stored shape: "every theme" keeps no ticked boxes, which would only confuse the next visit. */
export function resolveThemeChoice<T extends ThemeChoice>({ themeChoice, themeIds, ...rest }: T) {
  return { ...rest, allThemes: themeChoice === "all", themeIds: themeChoice === "all" ? [] : themeIds };
}
