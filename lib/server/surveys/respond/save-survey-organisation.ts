import "server-only";
import { eq } from "drizzle-orm";
import { neighbourhoods, surveyResponses } from "@/lib/db/schema";
import { fieldProblem, NotFoundError, ValidationError, type MessageKey } from "@/lib/errors";
import { checkOrganisation, organisationField, type TOrganisationInput } from "@/lib/domain/surveys/organisation";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";
import { inDraftTransaction } from "@/lib/server/surveys/respond/shared/draft-transaction";
import { planJourney, stepAfter, type Step } from "@/lib/domain/surveys/journey";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { recordChanges } from "@/lib/server/surveys/respond/shared/response-history";
import { draftState } from "@/lib/server/surveys/respond/shared/survey-view";

const PAGE_NEEDS_CHANGES: MessageKey = "problems.survey.pageNeedsChanges";

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Saves the organisation page (employer surveys) to the draft; returns the page to go to next. On
 * an organisation's shared draft a change is kept in the response's history.
 */
export async function saveSurveyOrganisation(slug: string, respondent: Respondent, input: { returnToCheck: boolean; form: FormInput }, now = new Date()): Promise<{ next: Step; newToken: string | null }> {
  const { result, newToken } = await inDraftTransaction(slug, respondent, now, async (tx, survey, draft, _newToken, shared) => {
    if (!survey.asksOrganisation) throw new NotFoundError("problems.survey.noOrganisationPage");
    const field = (name: keyof TOrganisationInput) => text(input.form[organisationField(name)]);
    const checked = checkOrganisation({ organisationName: field("organisationName"), sector: field("sector"), sizeBand: field("sizeBand"), neighbourhoodId: field("neighbourhoodId") });
    if (!checked.ok) throw new ValidationError(PAGE_NEEDS_CHANGES, checked.errors);
    const { organisation } = checked;
    const [place] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.id, organisation.neighbourhoodId));
    if (!place) throw new ValidationError(PAGE_NEEDS_CHANGES, fieldProblem(organisationField("neighbourhoodId"), "validation.surveyOrganisation.neighbourhood"));
    await tx.update(surveyResponses).set({ ...organisation, updatedAt: now }).where(eq(surveyResponses.id, draft.id));
    const before = draftState(draft).organisation;
    const changed = (Object.keys(organisation) as (keyof typeof organisation)[]).some((key) => before[key] !== organisation[key]);
    if (shared && changed) await recordChanges(tx, draft.id, shared.userId, [{ subject: "organisation", before, after: organisation }], now);
    return stepAfter(planJourney(survey, { ...draftState(draft), organisation }), null, input.returnToCheck);
  });
  return { next: result, newToken };
}
