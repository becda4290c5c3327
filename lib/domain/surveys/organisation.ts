import { z } from "zod";
import { messageOfIssue, type FieldProblems } from "@/lib/errors";

/** UK Standard Industrial Classification (SIC 2007) sections, in English for exports and data files; pages show messages/*.json "classifications" (a test keeps the English the same). */
export const SIC_SECTIONS = {
  A: "Agriculture, forestry and fishing",
  B: "Mining and quarrying",
  C: "Manufacturing",
  D: "Electricity, gas, steam and air conditioning supply",
  E: "Water supply, sewerage, waste management and remediation",
  F: "Construction",
  G: "Wholesale and retail trade; repair of motor vehicles",
  H: "Transportation and storage",
  I: "Accommodation and food service activities",
  J: "Information and communication",
  K: "Financial and insurance activities",
  L: "Real estate activities",
  M: "Professional, scientific and technical activities",
  N: "Administrative and support service activities",
  O: "Public administration and defence",
  P: "Education",
  Q: "Human health and social work activities",
  R: "Arts, entertainment and recreation",
  S: "Other service activities",
  T: "Activities of households as employers",
  U: "Activities of extraterritorial organisations",
} as const;
export type SicSection = keyof typeof SIC_SECTIONS;
export const SIC_CODES = Object.keys(SIC_SECTIONS) as SicSection[];

/** Employee size bands as the ONS uses them. */
export const SIZE_BANDS = {
  micro: "Micro (0 to 9 employees)",
  small: "Small (10 to 49 employees)",
  medium: "Medium (50 to 249 employees)",
  large: "Large (250 or more employees)",
} as const;
export type SizeBand = keyof typeof SIZE_BANDS;
export const SIZE_BAND_CODES = Object.keys(SIZE_BANDS) as SizeBand[];

export const isSicSection = (code: unknown): code is SicSection => typeof code === "string" && Object.hasOwn(SIC_SECTIONS, code);
export const isSizeBand = (code: unknown): code is SizeBand => typeof code === "string" && Object.hasOwn(SIZE_BANDS, code);

/** The organisation block employer surveys ask first. */
export const ZOrganisationInput = z.object({
  organisationName: z
    .string({ error: "validation.surveyOrganisation.nameRequired" })
    .trim()
    .min(1, "validation.surveyOrganisation.nameRequired")
    .max(200, "validation.surveyOrganisation.nameTooLong"),
  sector: z.enum(SIC_CODES as [SicSection, ...SicSection[]], { error: "validation.surveyOrganisation.sector" }),
  sizeBand: z.enum(SIZE_BAND_CODES as [SizeBand, ...SizeBand[]], { error: "validation.surveyOrganisation.sizeBand" }),
  neighbourhoodId: z.uuid({ error: "validation.surveyOrganisation.neighbourhood" }),
});
export type TOrganisationInput = z.output<typeof ZOrganisationInput>;

/** The organisation's fields as forms and field errors name them: `org.<field>`. */
export const organisationField = (name: keyof TOrganisationInput) => `org.${name}`;

/**
 * Checks an organisation block as stored (null when not given) or as typed (text): the details, or
 * a message on each field that needs one.
 */
export function checkOrganisation(
  input: { [Field in keyof TOrganisationInput]: string | null | undefined },
): { ok: true; organisation: TOrganisationInput } | { ok: false; errors: FieldProblems } {
  const parsed = ZOrganisationInput.safeParse({
    organisationName: input.organisationName ?? "",
    sector: input.sector ?? "",
    sizeBand: input.sizeBand ?? "",
    neighbourhoodId: input.neighbourhoodId ?? "",
  });
  if (parsed.success) return { ok: true, organisation: parsed.data };
  const errors: FieldProblems = {};
  for (const issue of parsed.error.issues) (errors[`org.${issue.path.join(".")}`] ??= []).push(messageOfIssue(issue));
  return { ok: false, errors };
}
