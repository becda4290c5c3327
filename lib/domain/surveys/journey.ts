import type { Answers } from "@/lib/domain/surveys/answer-types";
import { checkAnswer } from "@/lib/domain/surveys/check-answer";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import { resolveSurvey, type VisibleSection } from "@/lib/domain/surveys/logic";
import { checkOrganisation } from "@/lib/domain/surveys/organisation";

/** A page of the journey: the organisation page, a section, or "check your answers". */
export type Step = { kind: "organisation" } | { kind: "section"; sectionId: string } | { kind: "check" };

export interface DraftState {
  answers: Answers;
  furthestSection: number;
  organisation: OrganisationAnswers;
}

/** What the survey asked about the respondent's organisation, as far as they have answered. */
export type OrganisationAnswers = { organisationName: string | null; sector: string | null; sizeBand: string | null; neighbourhoodId: string | null };

export const EMPTY_ORGANISATION: OrganisationAnswers = { organisationName: null, sector: null, sizeBand: null, neighbourhoodId: null };

function organisationComplete(organisation: OrganisationAnswers): boolean {
  return checkOrganisation(organisation).ok;
}

/**
 * Where a respondent stands: the sections their answers so far make visible, which are done (reached
 * and with every answer acceptable), and the first page still to do. Conditions only look at earlier
 * sections, so a section's questions are fixed by the pages before it.
 */
export function planJourney(survey: { definition: SurveyDefinition; asksOrganisation: boolean }, draft: DraftState | null) {
  const resolved = resolveSurvey(survey.definition, draft?.answers ?? {});
  const furthest = draft?.furthestSection ?? 0;
  const orgDone = !survey.asksOrganisation || organisationComplete(draft?.organisation ?? EMPTY_ORGANISATION);
  const isDone = (visible: VisibleSection) =>
    visible.index < furthest && visible.questions.every((question) => checkAnswer(question, resolved.answers[question.id], resolved.answers) === null);
  const firstIncomplete = resolved.sections.find((visible) => !isDone(visible));
  const nextStep: Step = !orgDone ? { kind: "organisation" } : firstIncomplete ? { kind: "section", sectionId: firstIncomplete.section.id } : { kind: "check" };
  const offset = survey.asksOrganisation ? 1 : 0;

  return {
    sections: resolved.sections,
    answers: resolved.answers,
    nextStep,
    totalSteps: resolved.sections.length + offset,
    started: furthest > 0 || (survey.asksOrganisation && Boolean(draft?.organisation.organisationName)),
    /** The section if the respondent may answer it now (visible, with every page before it done). */
    reachable(sectionId: string): { visible: VisibleSection; position: number } | null {
      const position = resolved.sections.findIndex((visible) => visible.section.id === sectionId);
      const visible = resolved.sections[position];
      if (!visible || !orgDone || resolved.sections.slice(0, position).some((earlier) => !isDone(earlier))) return null;
      return { visible, position: position + 1 + offset };
    },
    /** The step before this one, for the back link (null on the first). */
    previous(step: Step): Step | null {
      const index = step.kind === "check" ? resolved.sections.length : step.kind === "section" ? resolved.sections.findIndex((visible) => visible.section.id === step.sectionId) : -1;
      if (index > 0) return { kind: "section", sectionId: resolved.sections[index - 1]?.section.id ?? "" };
      return index === 0 && survey.asksOrganisation ? { kind: "organisation" } : null;
    },
  };
}

export type Journey = ReturnType<typeof planJourney>;

/** After a page is saved: the next visible section, or check answers (always, when changing an answer from there). */
export function stepAfter(journey: Journey, sectionId: string | null, returnToCheck: boolean): Step {
  if (returnToCheck || journey.nextStep.kind !== "section") return journey.nextStep;
  const index = sectionId === null ? -1 : journey.sections.findIndex((visible) => visible.section.id === sectionId);
  const following = journey.sections[index + 1];
  if (!following) return journey.nextStep;
  return journey.reachable(following.section.id) ? { kind: "section", sectionId: following.section.id } : journey.nextStep;
}

export function stepPath(slug: string, step: Step): string {
  const base = `/surveys/${encodeURIComponent(slug)}`;
  if (step.kind === "organisation") return `${base}/organisation`;
  if (step.kind === "section") return `${base}/sections/${encodeURIComponent(step.sectionId)}`;
  return `${base}/check-answers`;
}
