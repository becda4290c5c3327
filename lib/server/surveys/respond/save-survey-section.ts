import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { ConflictError, ValidationError, type MessageKey } from "@/lib/errors";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { Question } from "@/lib/domain/surveys/definition";
import { parseSectionAnswers, type FormInput } from "@/lib/domain/surveys/parse-answers";
import { answerOf, changedAnswers, findConflicts, mergePage, pageAnswers, parseBase, questionField } from "@/lib/domain/surveys/shared-answers";
import { inDraftTransaction } from "@/lib/server/surveys/respond/shared/draft-transaction";
import { planJourney, stepAfter, type Step } from "@/lib/domain/surveys/journey";
import type { ResponseRow } from "@/lib/server/surveys/finalise-response";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { latestBySubject, listResponseHistory, recordChanges } from "@/lib/server/surveys/respond/shared/response-history";
import { replaceSectionAnswers } from "@/lib/server/surveys/respond/shared/section-answers";
import { draftState } from "@/lib/server/surveys/respond/shared/survey-view";

export const NOT_REACHABLE: MessageKey = "problems.survey.pageNotReachable";

/** A question a colleague answered differently since the page was opened: who, when, and what they saved. */
export type AnswerConflict = { question: Question; field: string; by: string | null; at: Date | null; theirs: Answers };

/**
 * A shared page that would undo a colleague's answers: nothing was saved. `base` is the page's
 * answers as saved now (JSON), for the form to send back, so saving again keeps this person's.
 */
export class AnswersChangedError extends ConflictError {
  constructor(
    readonly conflicts: AnswerConflict[],
    readonly base: string,
  ) {
    super("problems.organisationResponse.changedMeanwhile");
  }
}

/**
 * A shared page's answers merged with what colleagues saved since it was opened (questions this
 * person left as they were keep the saved answer); throws when the page would overwrite an answer a
 * colleague changed meanwhile.
 */
async function mergeWithColleagues(tx: Executor, draft: ResponseRow, questions: Question[], baseText: string | undefined, sent: Answers): Promise<Answers> {
  const ids = questions.map((question) => question.id);
  const base = parseBase(baseText);
  const conflicting = new Set(findConflicts(base, draft.answers, sent, ids));
  if (conflicting.size === 0) return mergePage(base, draft.answers, sent, ids);
  const latest = latestBySubject(await listResponseHistory(tx, draft.id));
  const conflicts = questions
    .filter((question) => conflicting.has(question.id))
    .map((question) => ({ question, field: questionField(question), by: latest.get(question.id)?.name ?? null, at: latest.get(question.id)?.at ?? null, theirs: answerOf(draft.answers, question.id) ?? {} }));
  throw new AnswersChangedError(conflicts, JSON.stringify(pageAnswers(draft.answers, ids)));
}

/**
 * Saves one page of answers to the respondent's draft. Only the questions the page shows now are
 * read (anything else in the form is ignored), and only when every page before it is done; a page
 * with mistakes saves nothing and throws the problems by field. Returns the page to go to next.
 * On an organisation's shared draft, `base` is the page's answers when it was opened: answers left
 * as they were keep what colleagues saved since, a page that would undo a colleague's later answer
 * saves nothing (AnswersChangedError), and every answer changed is kept in the response's history
 * with the person who changed it.
 */
export async function saveSurveySection(
  slug: string,
  respondent: Respondent,
  input: { sectionId: string; returnToCheck: boolean; form: FormInput; base?: string },
  now = new Date(),
): Promise<{ next: Step; newToken: string | null }> {
  const { result, newToken } = await inDraftTransaction(slug, respondent, now, async (tx, survey, draft, _newToken, shared) => {
    const state = draftState(draft);
    const target = planJourney(survey, state).reachable(input.sectionId);
    if (!target) throw new ConflictError(NOT_REACHABLE);
    const page = parseSectionAnswers(target.visible.questions, input.form);
    if (Object.keys(page.errors).length > 0) throw new ValidationError("problems.survey.pageNeedsChanges", page.errors);
    const sent = shared ? await mergeWithColleagues(tx, draft, target.visible.questions, input.base, page.answers) : page.answers;
    const answers = replaceSectionAnswers(draft.answers, target.visible.section, sent);
    const furthestSection = Math.max(draft.furthestSection, target.visible.index + 1);
    await tx.update(surveyResponses).set({ answers, furthestSection, surveyVersion: survey.version, updatedAt: now }).where(eq(surveyResponses.id, draft.id));
    if (shared) {
      const changes = changedAnswers(draft.answers, answers, target.visible.section.questions.map((question) => question.id));
      await recordChanges(tx, draft.id, shared.userId, changes.map(({ questionId, before, after }) => ({ subject: questionId, before, after })), now);
    }
    return stepAfter(planJourney(survey, { ...state, answers, furthestSection }), input.sectionId, input.returnToCheck);
  });
  return { next: result, newToken };
}
