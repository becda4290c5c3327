import { message, type Message } from "@/lib/errors";
import type { Condition, Question, Section } from "./definition";
import { conditionValues, CONDITIONAL_TYPES } from "./definition";

export interface LogicProblem {
  message: Message;
  path: (string | number)[];
}

/** Whose condition a problem is about: the messages say "Section “…”" or "Question “…”". */
type Subject = { kind: "section" | "question"; title: string };

type Shape = { sections: (Omit<Section, "questions"> & { questions: Question[] })[] };

/**
 * Checks a survey's ids and conditions: every id unique, every condition refers to an earlier
 * section's question of a type with fixed answers, and names answers that question has. Because conditions
 * may only look back, a survey that passes cannot contain a cycle.
 */
export function checkLogic(definition: Shape): LogicProblem[] {
  const problems: LogicProblem[] = [];
  const seenSections = new Set<string>();
  const earlier = new Map<string, Question>();
  const later = new Set(definition.sections.flatMap((section) => section.questions.map((question) => question.id)));

  const checkCondition = (condition: Condition, path: (string | number)[], subject: Subject) => {
    const target = earlier.get(condition.questionId);
    const id = condition.questionId;
    if (!target) {
      const problem = later.has(id) ? message("validation.logic.notEarlier", { ...subject, id }) : message("validation.logic.unknownQuestion", { ...subject, id });
      problems.push({ message: problem, path: [...path, "questionId"] });
      return;
    }
    if (!(CONDITIONAL_TYPES as readonly string[]).includes(target.type)) {
      problems.push({ message: message("validation.logic.freeAnswers", { ...subject, target: target.title }), path: [...path, "questionId"] });
      return;
    }
    const allowed = new Set(conditionValues(target).map((option) => option.id));
    const unknown = condition.values.filter((value) => !allowed.has(value));
    if (unknown.length) problems.push({ message: message("validation.logic.unknownAnswer", { ...subject, target: target.title, values: unknown.join(", ") }), path: [...path, "values"] });
    if (condition.operator === "equals" && condition.values.length !== 1) {
      problems.push({ message: message("validation.logic.equalsOne", subject), path: [...path, "values"] });
    }
  };

  const seenQuestions = new Set<string>();
  definition.sections.forEach((section, sectionIndex) => {
    if (seenSections.has(section.id)) problems.push({ message: message("validation.logic.sectionIdTaken", { id: section.id }), path: ["sections", sectionIndex, "id"] });
    seenSections.add(section.id);
    if (section.showIf) checkCondition(section.showIf, ["sections", sectionIndex, "showIf"], { kind: "section", title: section.title });
    section.questions.forEach((question, questionIndex) => {
      const path = ["sections", sectionIndex, "questions", questionIndex];
      if (seenQuestions.has(question.id)) problems.push({ message: message("validation.logic.questionIdTaken", { id: question.id }), path: [...path, "id"] });
      seenQuestions.add(question.id);
      if (question.showIf) checkCondition(question.showIf, [...path, "showIf"], { kind: "question", title: question.title });
      if (question.type === "multiple_choice" && question.maxChoices !== null && question.maxChoices > question.options.length + (question.allowOther ? 1 : 0)) {
        problems.push({ message: message("validation.logic.tooManyChoices", { title: question.title }), path: [...path, "maxChoices"] });
      }
    });
    // Conditions look only at earlier sections: a page is answered as a whole, with or without JavaScript.
    for (const question of section.questions) earlier.set(question.id, question);
  });
  return problems;
}
