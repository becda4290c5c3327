import { z } from "zod";

/** A link's code: 10 URL-safe characters (60 random bits), the last part of /s/<code>. */
export const LINK_CODE_LENGTH = 10;
export const ZLinkCode = z.string().regex(/^[A-Za-z0-9_-]{10}$/);

/** Make the survey's own public link. */
export const ZCreateOwnLink = z.object({
  surveyId: z.uuid("validation.ids.survey"),
});

/** Make a partner organisation's link to the survey. */
export const ZCreatePartnerLink = z.object({
  surveyId: z.uuid("validation.ids.survey"),
  partnerOrganisationId: z.uuid("validation.surveyLink.choosePartner"),
});
