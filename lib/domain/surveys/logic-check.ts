import type { Condition, Question, Section } from "./definition";
import { conditionValues, CONDITIONAL_TYPES } from "./definition";

export interface LogicProblem {
  message: string;
  path: (string | number)[];
}

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

  const checkCondition = (condition: Condition, path: (string | number)[], subject: string) => {
    const target = earlier.get(condition.questionId);
    if (!target) {
      const message = later.has(condition.questionId)
        ? `${subject} can only depend on questions in earlier sections: “${condition.questionId}” is in the same section or a later one.`
        : `${subject} depends on a question that does not exist (“${condition.questionId}”).`;
      problems.push({ message, path: [...path, "questionId"] });
      return;
    }
    if (!(CONDITIONAL_TYPES as readonly string[]).includes(target.type)) {
      problems.push({ message: `${subject} depends on “${target.title}”, whose answers are free text or numbers: choose a question with fixed answers.`, path: [...path, "questionId"] });
      return;
    }
    const allowed = new Set(conditionValues(target).map((option) => option.id));
    const unknown = condition.values.filter((value) => !allowed.has(value));
    if (unknown.length) problems.push({ message: `${subject} names an answer “${target.title}” does not offer (${unknown.join(", ")}).`, path: [...path, "values"] });
    if (condition.operator === "equals" && condition.values.length !== 1) {
      problems.push({ message: `${subject}: “equals” takes exactly one answer; use “is one of” for several.`, path: [...path, "values"] });
    }
  };

  const seenQuestions = new Set<string>();
  definition.sections.forEach((section, sectionIndex) => {
    if (seenSections.has(section.id)) problems.push({ message: `Two sections share the id “${section.id}”.`, path: ["sections", sectionIndex, "id"] });
    seenSections.add(section.id);
    if (section.showIf) checkCondition(section.showIf, ["sections", sectionIndex, "showIf"], `Section “${section.title}”`);
    section.questions.forEach((question, questionIndex) => {
      const path = ["sections", sectionIndex, "questions", questionIndex];
      if (seenQuestions.has(question.id)) problems.push({ message: `Two questions share the id “${question.id}”.`, path: [...path, "id"] });
      seenQuestions.add(question.id);
      if (question.showIf) checkCondition(question.showIf, [...path, "showIf"], `Question “${question.title}”`);
      if (question.type === "multiple_choice" && question.maxChoices !== null && question.maxChoices > question.options.length + (question.allowOther ? 1 : 0)) {
        problems.push({ message: `“${question.title}” allows more choices than it has options.`, path: [...path, "maxChoices"] });
      }
    });
    // Conditions look only at earlier sections: a page is answered as a whole, with or without JavaScript.
    for (const question of section.questions) earlier.set(question.id, question);
  });
  return problems;
}
