import "server-only";
import { eq } from "drizzle-orm";
import { surveyResponses } from "@/lib/db/schema";
import { ConflictError, ValidationError, type MessageKey } from "@/lib/errors";
import { parseSectionAnswers, type FormInput } from "@/lib/domain/surveys/parse-answers";
import { inDraftTransaction } from "@/lib/server/surveys/respond/shared/draft-transaction";
import { planJourney, stepAfter, type Step } from "@/lib/domain/surveys/journey";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { replaceSectionAnswers } from "@/lib/server/surveys/respond/shared/section-answers";
import { draftState } from "@/lib/server/surveys/respond/shared/survey-view";

export const NOT_REACHABLE: MessageKey = "problems.survey.pageNotReachable";

/**
 * Saves one page of answers to the respondent's draft. Only the questions the page shows now are
 * read (anything else in the form is ignored), and only when every page before it is done; a page
 * with mistakes saves nothing and throws the problems by field. Returns the page to go to next.
 */
export async function saveSurveySection(
  slug: string,
  respondent: Respondent,
  input: { sectionId: string; returnToCheck: boolean; form: FormInput },
  now = new Date(),
): Promise<{ next: Step; newToken: string | null }> {
  const { result, newToken } = await inDraftTransaction(slug, respondent, now, async (tx, survey, draft) => {
    const state = draftState(draft);
    const target = planJourney(survey, state).reachable(input.sectionId);
    if (!target) throw new ConflictError(NOT_REACHABLE);
    const page = parseSectionAnswers(target.visible.questions, input.form);
    if (Object.keys(page.errors).length > 0) throw new ValidationError("problems.survey.pageNeedsChanges", page.errors);
    const answers = replaceSectionAnswers(draft.answers, target.visible.section, page.answers);
    const furthestSection = Math.max(draft.furthestSection, target.visible.index + 1);
    await tx.update(surveyResponses).set({ answers, furthestSection, surveyVersion: survey.version, updatedAt: now }).where(eq(surveyResponses.id, draft.id));
    return stepAfter(planJourney(survey, { ...state, answers, furthestSection }), input.sectionId, input.returnToCheck);
  });
  return { next: result, newToken };
}
