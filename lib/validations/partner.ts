import { z } from "zod";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { FREQUENCIES, ORGANISATION_TYPES } from "@/lib/domain/partners/options";
import { requireChosenTheme, resolveThemeChoice, themeChoiceFields } from "./theme-choice";

/** A ticked box arrives as "on" (or a chosen value); an unticked one not at all. */
const ticked = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);
const uuid = (message: string) => z.uuid(message);

/** One contact's fields, shared by the contact form and each row of a CSV import. */
export const ZContactName = z.string().trim().min(1, "validation.partnerContact.nameRequired").max(120, "validation.partnerContact.nameTooLong");
export const ZContactEmail = z
  .string()
  .trim()
  .min(1, "validation.partnerContact.emailRequired")
  .max(254, "validation.partnerContact.emailTooLong")
  .pipe(z.email("validation.partnerContact.emailFormat"))
  .transform((value) => value.toLowerCase());
export const ZContactRole = optionalText(120, "validation.partnerContact.roleTooLong");
export const ZContactLanguage = z.enum(SUPPORTED_LOCALES, { error: "validation.partnerContact.language" });
export const ZContactFrequency = z.enum(FREQUENCIES, { error: "validation.partnerContact.frequency" });

export const ZOrganisationInput = z.object({
  name: z.string().trim().min(2, "validation.organisation.nameRequired").max(150, "validation.organisation.nameTooLong"),
  type: z.enum(ORGANISATION_TYPES, { error: "validation.organisation.type" }),
  description: optionalText(1000, "validation.organisation.descriptionTooLong"),
  place: optionalText(150, "validation.organisation.placeTooLong"),
  inNetwork: ticked,
});
export type TOrganisationInput = z.output<typeof ZOrganisationInput>;

export const ZOrganisationRef = z.object({ organisationId: uuid("validation.ids.organisation") });

/**
 * The contact form. "all" subscribes to every theme, including ones added later; "chosen" to the
 * ticked themes, at least one. There is no status field: only the contact changes their consent.
 */
export const ZContactInput = z
  .object({
    name: ZContactName,
    email: ZContactEmail,
    role: ZContactRole,
    language: ZContactLanguage,
    frequency: ZContactFrequency,
    ...themeChoiceFields("validation.partnerContact.themeChoice"),
    sendWhenQuiet: ticked,
  })
  .superRefine(requireChosenTheme("validation.partnerContact.chooseTheme"))
  .transform(resolveThemeChoice);
export type TContactInput = z.output<typeof ZContactInput>;

export const ZContactRef = z.object({ contactId: uuid("validation.ids.contact") });

/**
 * The import form: step "preview" uploads the file; step "import" sends the same text back (from a
 * hidden field), which is parsed and checked again, since nothing the browser sends is trusted.
 */
/** An uploaded CSV file: one was chosen, and it is not empty (its contents are read by the use case). */
export const ZCsvFile = z.instanceof(File, { message: "validation.contactImport.chooseFile" }).superRefine((file, ctx) => {
  if (file.size === 0) ctx.addIssue(file.name ? { code: "custom", message: "validation.contactImport.fileEmpty", params: { name: file.name } } : { code: "custom", message: "validation.contactImport.chooseFile" });
});

export const ZContactImport = z.discriminatedUnion("step", [
  z.object({
    step: z.literal("preview"),
    organisationId: uuid("validation.ids.organisation"),
    file: ZCsvFile,
  }),
  z.object({
    step: z.literal("import"),
    organisationId: uuid("validation.ids.organisation"),
    csv: z.string().min(1, "validation.contactImport.uploadAgain"),
  }),
]);
