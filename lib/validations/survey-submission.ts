import { z } from "zod";
import { ZOrganisationInput } from "@/lib/domain/surveys/organisation";

const ZAnswerValue = z.union([
  z.string().max(10_000, "An answer must be 10,000 characters or fewer."),
  z.number(),
  z.array(z.string().max(200)).max(60),
  z.record(z.string(), z.number()),
]);

/** A whole response sent at once (the JSON API and the demo data): answers keyed by question id. */
export const ZSurveySubmission = z.object({
  answers: z.record(z.string().max(80), ZAnswerValue, { error: "Send answers as an object keyed by question id." }),
  organisation: ZOrganisationInput.optional(),
  submissionKey: z.uuid("Send a submissionKey (a UUID) so a retry does not make a second response."),
});
export type TSurveySubmission = z.output<typeof ZSurveySubmission>;
