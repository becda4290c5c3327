import { z } from "zod";
import { ORGANISATION_TYPES } from "@/lib/domain/partners/options";
import { normalisePostcode } from "@/lib/domain/organisations/postcode";
import { SIC_CODES, SIZE_BAND_CODES, type SicSection, type SizeBand } from "@/lib/domain/surveys/organisation";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional()).transform((value) => value ?? null);

/** A web address; "example.org" is read as https://example.org. */
const ZWebsite = z
  .string()
  .trim()
  .max(200, "validation.organisationRegistration.websiteTooLong")
  .transform((value) => (/^https?:\/\//i.test(value) ? value : `https://${value}`))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "validation.organisationRegistration.website" }));

/** An email domain such as example.co.uk (an @ and anything before it are dropped). */
const ZEmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.slice(value.lastIndexOf("@") + 1))
  .pipe(z.string().max(200, "validation.organisationRegistration.emailDomain").regex(z.regexes.domain, "validation.organisationRegistration.emailDomain"));

/** An organisation's details, as its administrator gives them on registering or editing. */
export const ZOrganisationDetails = z.object({
  name: z.string().trim().min(2, "validation.organisationRegistration.nameRequired").max(150, "validation.organisationRegistration.nameTooLong"),
  kind: z.enum(["employer", "partner"], { error: "validation.organisationRegistration.kind" }),
  type: z.enum(ORGANISATION_TYPES, { error: "validation.organisationRegistration.type" }),
  sicSection: z.enum(SIC_CODES as [SicSection, ...SicSection[]], { error: "validation.organisationRegistration.sicSection" }),
  sizeBand: z.enum(SIZE_BAND_CODES as [SizeBand, ...SizeBand[]], { error: "validation.organisationRegistration.sizeBand" }),
  postcode: z
    .string({ error: "validation.organisationRegistration.postcodeRequired" })
    .trim()
    .min(1, "validation.organisationRegistration.postcodeRequired")
    .transform((value, context) => {
      const postcode = normalisePostcode(value);
      if (!postcode) context.addIssue({ code: "custom", message: "validation.organisationRegistration.postcode" });
      return postcode ?? value;
    }),
  website: optional(ZWebsite),
  emailDomain: optional(ZEmailDomain),
});
export type TOrganisationDetails = z.output<typeof ZOrganisationDetails>;

/** Someone asks to join an organisation, with a note to its administrators. */
export const ZJoinRequest = z.object({
  organisationId: z.uuid("validation.ids.organisation"),
  message: z.string().trim().max(500, "validation.organisationMembers.messageTooLong").default(""),
});

/** An administrator invites a colleague by email address. */
export const ZInvitation = z.object({
  email: z
    .string()
    .trim()
    .min(1, "validation.organisationMembers.emailRequired")
    .max(254, "validation.organisationMembers.emailFormat")
    .pipe(z.email("validation.organisationMembers.emailFormat"))
    .transform((value) => value.toLowerCase()),
});

export const ZJoinDecision = z.object({
  requestId: z.uuid("validation.ids.joinRequest"),
  decision: z.enum(["approve", "decline"], { error: "validation.organisationMembers.decision" }),
});

export const ZMemberChange = z.object({
  userId: z.uuid("validation.ids.person"),
  change: z.enum(["remove", "administrator", "member"], { error: "validation.organisationMembers.change" }),
});

export const ZInvitationRef = z.object({ invitationId: z.uuid("validation.ids.invitation") });

/** An invitation's secret, from its link: 43 URL-safe characters. */
export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
