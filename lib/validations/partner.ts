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
export const ZContactName = z.string().trim().min(1, "Enter the contact's name.").max(120, "The name must be 120 characters or fewer.");
export const ZContactEmail = z
  .string()
  .trim()
  .min(1, "Enter the contact's email address.")
  .max(254, "The email address must be 254 characters or fewer.")
  .pipe(z.email("Enter an email address in the correct format, like name@example.org."))
  .transform((value) => value.toLowerCase());
export const ZContactRole = optionalText(120, "The role must be 120 characters or fewer.");
export const ZContactLanguage = z.enum(SUPPORTED_LOCALES, { error: `Choose a language the summaries are written in: ${SUPPORTED_LOCALES.join(", ")}.` });
export const ZContactFrequency = z.enum(FREQUENCIES, { error: "Choose weekly or monthly." });

export const ZOrganisationInput = z.object({
  name: z.string().trim().min(2, "Enter the organisation's name.").max(150, "The name must be 150 characters or fewer."),
  type: z.enum(ORGANISATION_TYPES, { error: "Choose the type of organisation." }),
  description: optionalText(1000, "The description must be 1,000 characters or fewer."),
  place: optionalText(150, "The place must be 150 characters or fewer."),
  inNetwork: ticked,
});
export type TOrganisationInput = z.output<typeof ZOrganisationInput>;

export const ZOrganisationRef = z.object({ organisationId: uuid("That organisation could not be found.") });

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
    ...themeChoiceFields("Choose all themes or chosen themes."),
    sendWhenQuiet: ticked,
  })
  .superRefine(requireChosenTheme("Choose at least one theme, or choose all themes."))
  .transform(resolveThemeChoice);
export type TContactInput = z.output<typeof ZContactInput>;

export const ZContactRef = z.object({ contactId: uuid("That contact could not be found.") });

/**
 * The import form: step "preview" uploads the file; step "import" sends the same text back (from a
 * hidden field), which is parsed and checked again, since nothing the browser sends is trusted.
 */
export const ZContactImport = z.discriminatedUnion("step", [
  z.object({
    step: z.literal("preview"),
    organisationId: uuid("That organisation could not be found."),
    file: z.instanceof(File, { message: "Choose a CSV file to upload." }).superRefine((file, ctx) => {
      if (file.size === 0) ctx.addIssue({ code: "custom", message: file.name ? `${file.name} is empty.` : "Choose a CSV file to upload." });
    }),
  }),
  z.object({
    step: z.literal("import"),
    organisationId: uuid("That organisation could not be found."),
    csv: z.string().min(1, "Upload the CSV file again."),
  }),
]);
export type TContactImport = z.output<typeof ZContactImport>;
