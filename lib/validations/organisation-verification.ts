import { z } from "zod";
import { VERIFICATION_VIEWS } from "@/lib/domain/organisations/verification";

/** Verifying (or reinstating) needs nothing more than the organisation. */
export const ZVerifyOrganisation = z.object({ organisationId: z.uuid("validation.ids.organisation") });

/** Rejecting needs the reason, which the organisation's people are shown. */
export const ZRejectOrganisation = ZVerifyOrganisation.extend({
  reason: z
    .string({ error: "validation.organisationVerification.reasonRequired" })
    .trim()
    .min(1, "validation.organisationVerification.reasonRequired")
    .max(500, "validation.organisationVerification.reasonTooLong"),
});

/** The console list's filter: an unknown view shows those waiting for a decision. */
export const ZOrganisationsQuery = z.object({ view: z.enum(VERIFICATION_VIEWS).catch("waiting") });
