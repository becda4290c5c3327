import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { Section } from "@/lib/domain/surveys/definition";
import { otherKey } from "@/lib/domain/surveys/logic";

/** The draft's answers with this page's replaced: questions left blank are cleared, not kept. */
export function replaceSectionAnswers(saved: Answers, section: Section, page: Answers): Answers {
  const merged: Answers = { ...saved };
  for (const question of section.questions) {
    delete merged[question.id];
    delete merged[otherKey(question.id)];
  }
  return { ...merged, ...page };
}
