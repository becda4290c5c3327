import { z } from "zod";
import { isLocale, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { SIC_CODES, SIZE_BAND_CODES, type SicSection, type SizeBand } from "@/lib/domain/surveys/organisation";
import { ZContactEmail } from "./partner";

const uuid = (key: "validation.campaign.campaignId" | "validation.campaign.recipientId" | "validation.campaign.surveyId") => z.uuid(key);

const MAX_REMINDERS = 5;
const MAX_REMINDER_DAY = 120;

/** "7, 14" → [7, 14]: whole days after the invitation, in order, each once; empty for none. */
const ZReminderDays = z
  .string()
  .trim()
  .max(60, "validation.campaign.reminderDays")
  .transform((value, ctx) => {
    const parts = value.split(/[,;\s]+/).filter(Boolean);
    const days = parts.map(Number);
    if (days.some((day) => !Number.isInteger(day) || day < 1 || day > MAX_REMINDER_DAY)) {
      ctx.addIssue({ code: "custom", message: "validation.campaign.reminderDays", params: { max: MAX_REMINDER_DAY } });
      return z.NEVER;
    }
    const unique = [...new Set(days)].sort((a, b) => a - b);
    if (unique.length > MAX_REMINDERS) {
      ctx.addIssue({ code: "custom", message: "validation.campaign.tooManyReminders", params: { max: MAX_REMINDERS } });
      return z.NEVER;
    }
    return unique;
  });

export const ZCampaignInput = z.object({
  surveyId: uuid("validation.campaign.surveyId"),
  name: z.string().trim().min(1, "validation.campaign.nameRequired").max(120, "validation.campaign.nameTooLong"),
  reminderDays: ZReminderDays,
  linkDays: z.coerce.number({ error: "validation.campaign.linkDays" }).int("validation.campaign.linkDays").min(7, "validation.campaign.linkDays").max(365, "validation.campaign.linkDays"),
});
export type TCampaignInput = z.output<typeof ZCampaignInput>;

/** A campaign in the console: its survey (for the page to go back to) and itself. */
const campaignRef = { surveyId: uuid("validation.campaign.surveyId"), campaignId: uuid("validation.campaign.campaignId") };
export const ZCampaignRef = z.object(campaignRef);
export const ZRecipientRef = z.object({ ...campaignRef, recipientId: uuid("validation.campaign.recipientId") });

export const ZRecipientImport = z.discriminatedUnion("step", [
  z.object({
    step: z.literal("preview"),
    ...campaignRef,
    file: z.instanceof(File, { message: "validation.contactImport.chooseFile" }).superRefine((file, ctx) => {
      if (file.size === 0) ctx.addIssue(file.name ? { code: "custom", message: "validation.contactImport.fileEmpty", params: { name: file.name } } : { code: "custom", message: "validation.contactImport.chooseFile" });
    }),
  }),
  z.object({
    step: z.literal("import"),
    ...campaignRef,
    fileName: z.string().trim().max(200).default(""),
    csv: z.string().min(1, "validation.contactImport.uploadAgain"),
  }),
]);

export const ZAddPartnerContacts = z.object({
  ...campaignRef,
  organisationIds: z
    .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.uuid("validation.campaign.chooseOrganisations")))
    .refine((ids) => ids.length > 0, "validation.campaign.chooseOrganisations"),
});

/** A new personal link, asked for on the page an ended link shows. */
export const ZNewLinkRequest = z.object({ token: z.string().min(1).max(200), email: ZContactEmail });

/** One recipient's cells, checked: the email is required, the rest optional. */
const optionalText = (max: number, key: "validation.campaign.nameTooLong" | "validation.campaign.organisationTooLong") =>
  z
    .string()
    .trim()
    .max(max, key)
    .transform((value) => value || null);
export const ZRecipientRow = z.object({
  email: ZContactEmail,
  name: optionalText(120, "validation.campaign.nameTooLong"),
  organisationName: optionalText(200, "validation.campaign.organisationTooLong"),
  sector: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .refine((value) => value === "" || (SIC_CODES as string[]).includes(value), "validation.campaign.sector")
    .transform((value) => (value ? (value as SicSection) : null)),
  sizeBand: z
    .string()
    .trim()
    .transform((value) => value.toLowerCase())
    .refine((value) => value === "" || (SIZE_BAND_CODES as string[]).includes(value), "validation.campaign.size")
    .transform((value) => (value ? (value as SizeBand) : null)),
  locale: z
    .string()
    .trim()
    .transform((value) => value.toLowerCase())
    .refine((value) => value === "" || isLocale(value), { error: "validation.campaign.language", params: { options: SUPPORTED_LOCALES.join(", ") } })
    .transform((value) => (isLocale(value) ? value : null)),
});
export type TRecipientRow = z.output<typeof ZRecipientRow>;

/** A form on a personal link's page: the link's token. */
export const ZCampaignLinkToken = z.object({ token: z.string().min(1).max(200) });
