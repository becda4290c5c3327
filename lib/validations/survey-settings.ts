import { z } from "zod";

const isoDate = z.union([z.literal(""), z.iso.date("Enter a real date.")]).optional().default("");
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** Ticked themes: one value or many, duplicates dropped. */
const themeIds = z.preprocess(
  (value) => (Array.isArray(value) ? value : value ? [value] : []),
  z
    .array(z.uuid("Choose themes from the list."))
    .max(50)
    .transform((list) => [...new Set(list)]),
);

export const SURVEY_AUDIENCES = ["anyone", "signed_in", "employers"] as const;

/** The officer's survey settings form (everything but the questions). */
export const ZSurveySettingsInput = z
  .object({
    title: z.string().trim().min(3, "Enter a title of at least 3 characters.").max(150, "The title must be 150 characters or fewer."),
    slug: z
      .string()
      .trim()
      .max(80, "The web address must be 80 characters or fewer.")
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "The web address may use lower-case letters, digits and single hyphens only.")
      .optional()
      .default(""),
    summary: z.string().trim().min(10, "Enter a summary of at least 10 characters.").max(500, "The summary must be 500 characters or fewer."),
    opensOn: isoDate,
    closesOn: isoDate,
    audience: z.enum(SURVEY_AUDIENCES, { error: "Choose who may answer." }),
    anonymity: z.enum(["anonymous", "named"], { error: "Choose whether responses are anonymous." }),
    onePerPerson: checkbox,
    asksOrganisation: checkbox,
    topicId: z.union([z.literal(""), z.uuid("Choose a topic from the list.")]).optional().default(""),
    themeIds,
    thankYou: z.string().trim().max(1000, "The thank-you message must be 1,000 characters or fewer.").optional().default(""),
  })
  .superRefine((value, ctx) => {
    if (value.opensOn && value.closesOn && value.closesOn < value.opensOn) {
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "The closing date must be on or after the opening date." });
    }
    if (value.onePerPerson && value.audience === "anyone") {
      ctx.addIssue({ code: "custom", path: ["onePerPerson"], message: "One response per person needs people to sign in: choose “signed-in people” or “employers” as the audience." });
    }
  });
export type TSurveySettingsInput = z.output<typeof ZSurveySettingsInput>;

export const ZSurveyRef = z.object({ surveyId: z.uuid("That survey could not be found.") });

export const ZSurveyStatusChange = ZSurveyRef.extend({
  change: z.enum(["open", "close", "reopen"], { error: "Choose what to do with the survey." }),
});
export type SurveyStatusChange = z.output<typeof ZSurveyStatusChange>["change"];

/** The settings form's values as the form shows them (dates as yyyy-mm-dd, "" when unset). */
export type SurveySettingsFormValues = {
  title: string;
  slug: string;
  summary: string;
  opensOn: string;
  closesOn: string;
  audience: (typeof SURVEY_AUDIENCES)[number];
  anonymity: "anonymous" | "named";
  onePerPerson: boolean;
  asksOrganisation: boolean;
  topicId: string;
  themeIds: string[];
  thankYou: string;
};
