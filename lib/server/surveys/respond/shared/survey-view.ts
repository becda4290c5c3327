import type { ResponseRow, SurveyRow } from "@/lib/server/surveys/finalise-response";
import type { DraftState } from "@/lib/domain/surveys/journey";

/** The parts of a survey the respondent's pages show (never the raw row). */
export function respondentSurveyView(survey: SurveyRow) {
  return {
    id: survey.id,
    slug: survey.slug,
    title: survey.title,
    summary: survey.summary,
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    audience: survey.audience,
    anonymous: survey.anonymous,
    onePerPerson: survey.onePerPerson,
    onePerOrganisation: survey.onePerOrganisation,
    asksOrganisation: survey.asksOrganisation,
    requiresVerified: survey.requiresVerified,
    thankYou: survey.thankYou,
    definition: survey.definition,
  };
}

export function draftState(draft: ResponseRow): DraftState {
  return {
    answers: draft.answers,
    furthestSection: draft.furthestSection,
    organisation: { organisationName: draft.organisationName, sector: draft.sector, sizeBand: draft.sizeBand, neighbourhoodId: draft.neighbourhoodId },
  };
}
