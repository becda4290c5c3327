import "server-only";
import { eq } from "drizzle-orm";
import { neighbourhoods, surveyResponses } from "@/lib/db/schema";
import { NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";
import { ZOrganisationInput } from "@/lib/surveys/organisation";
import type { FormInput } from "@/lib/surveys/parse-answers";
import { inDraftTransaction } from "./draft-transaction";
import { planJourney, stepAfter, type Step } from "./journey";
import type { Respondent } from "./respondent";
import { draftState } from "./survey-view";

export const ORGANISATION_FIELDS = ["organisationName", "sector", "sizeBand", "neighbourhoodId"] as const;
/** Form field names on the organisation page (and the keys of its errors, as at submission). */
export const organisationField = (name: (typeof ORGANISATION_FIELDS)[number]) => `org.${name}`;

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** Saves the organisation page (employer surveys) to the draft; returns the page to go to next. */
export async function saveSurveyOrganisation(slug: string, respondent: Respondent, input: { returnToCheck: boolean; form: FormInput }, now = new Date()): Promise<{ next: Step; newToken: string | null }> {
  const { result, newToken } = await inDraftTransaction(slug, respondent, now, async (tx, survey, draft) => {
    if (!survey.asksOrganisation) throw new NotFoundError("This survey does not ask about your organisation.");
    const parsed = ZOrganisationInput.safeParse(Object.fromEntries(ORGANISATION_FIELDS.map((name) => [name, text(input.form[organisationField(name)])])));
    const errors: FieldErrors = {};
    if (!parsed.success) for (const issue of parsed.error.issues) (errors[`org.${issue.path.join(".")}`] ??= []).push(issue.message);
    if (parsed.success) {
      const [place] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.id, parsed.data.neighbourhoodId));
      if (!place) errors[organisationField("neighbourhoodId")] = ["Select where in Coventry your organisation is based."];
    }
    if (!parsed.success || Object.keys(errors).length > 0) throw new ValidationError("Some answers on this page need changing.", errors);
    const organisation = parsed.data;
    await tx.update(surveyResponses).set({ ...organisation, updatedAt: now }).where(eq(surveyResponses.id, draft.id));
    return stepAfter(planJourney(survey, { ...draftState(draft), organisation }), null, input.returnToCheck);
  });
  return { next: result, newToken };
}
