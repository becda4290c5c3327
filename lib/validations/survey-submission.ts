import { z } from "zod";
import { ZOrganisationInput } from "@/lib/domain/surveys/organisation";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";

const ZAnswerValue = z.union([
  z.string().max(10_000, "validation.surveySubmission.answerTooLong"),
  z.number(),
  z.array(z.string().max(200)).max(60),
  z.record(z.string(), z.number()),
]);

/** A whole response sent at once (the JSON API and the demo data): answers keyed by question id. */
export const ZSurveySubmission = z.object({
  answers: z.record(z.string().max(80), ZAnswerValue, { error: "validation.surveySubmission.answersShape" }),
  organisation: ZOrganisationInput.optional(),
  /** The language the questions were read in (recorded with the response); left out, the request's language. */
  locale: z.enum(SUPPORTED_LOCALES, { error: "validation.contentLanguage.responseLanguage" }).optional(),
  submissionKey: z.uuid("validation.surveySubmission.submissionKey"),
});
export type TSurveySubmission = z.output<typeof ZSurveySubmission>;
