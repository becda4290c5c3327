import { z } from "zod";

const isoDate = z.union([z.literal(""), z.iso.date("validation.date.real")]).optional().default("");
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** Ticked themes: one value or many, duplicates dropped. */
const themeIds = z.preprocess(
  (value) => (Array.isArray(value) ? value : value ? [value] : []),
  z
    .array(z.uuid("validation.choose.themes"))
    .max(50)
    .transform((list) => [...new Set(list)]),
);

export const SURVEY_AUDIENCES = ["anyone", "signed_in", "employers"] as const;

/** The officer's survey settings form (everything but the questions). */
export const ZSurveySettingsInput = z
  .object({
    title: z.string().trim().min(3, "validation.surveySettings.titleTooShort").max(150, "validation.surveySettings.titleTooLong"),
    slug: z
      .string()
      .trim()
      .max(80, "validation.surveySettings.slugTooLong")
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "validation.surveySettings.slugFormat")
      .optional()
      .default(""),
    summary: z.string().trim().min(10, "validation.surveySettings.summaryTooShort").max(500, "validation.surveySettings.summaryTooLong"),
    opensOn: isoDate,
    closesOn: isoDate,
    audience: z.enum(SURVEY_AUDIENCES, { error: "validation.surveySettings.audience" }),
    anonymity: z.enum(["anonymous", "named"], { error: "validation.surveySettings.anonymity" }),
    onePerPerson: checkbox,
    asksOrganisation: checkbox,
    requiresVerified: checkbox,
    onePerOrganisation: checkbox,
    topicId: z.union([z.literal(""), z.uuid("validation.choose.topic")]).optional().default(""),
    themeIds,
    thankYou: z.string().trim().max(1000, "validation.surveySettings.thankYouTooLong").optional().default(""),
  })
  .superRefine((value, ctx) => {
    if (value.opensOn && value.closesOn && value.closesOn < value.opensOn) {
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "validation.surveySettings.closesBeforeOpens" });
    }
    if (value.onePerPerson && value.audience === "anyone") {
      ctx.addIssue({ code: "custom", path: ["onePerPerson"], message: "validation.surveySettings.onePerPersonNeedsSignIn" });
    }
    // Organisations answer employers' surveys only: for any other audience these mean nothing.
    if (value.requiresVerified && value.audience !== "employers") {
      ctx.addIssue({ code: "custom", path: ["requiresVerified"], message: "validation.surveySettings.requiresVerifiedNeedsEmployers" });
    }
    if (value.onePerOrganisation && value.audience !== "employers") {
      ctx.addIssue({ code: "custom", path: ["onePerOrganisation"], message: "validation.surveySettings.onePerOrganisationNeedsEmployers" });
    }
  });
export type TSurveySettingsInput = z.output<typeof ZSurveySettingsInput>;

export const ZSurveyRef = z.object({ surveyId: z.uuid("validation.ids.survey") });

export const ZSurveyStatusChange = ZSurveyRef.extend({
  change: z.enum(["open", "close", "reopen"], { error: "validation.surveySettings.statusChange" }),
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
  requiresVerified: boolean;
  onePerOrganisation: boolean;
  topicId: string;
  themeIds: string[];
  thankYou: string;
};
