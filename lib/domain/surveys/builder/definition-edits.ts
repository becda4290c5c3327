import { makeKey } from "@/lib/domain/surveys/builder/make-key";
import type { Question, QuestionType, Section, SurveyDefinition, SurveyOption } from "@/lib/domain/surveys/definition";
import { allQuestions, CONDITIONAL_TYPES, OTHER_OPTION } from "@/lib/domain/surveys/definition";

/** Pure edits the question editor makes to its draft: each returns a new definition. */
export type Edit = (definition: SurveyDefinition) => SurveyDefinition;

/** A new question of a type, with that type's default settings. */
function blankQuestion(type: QuestionType, id: string, title: string): Question {
  const base = { id, title, hint: "", required: false, showIf: null };
  switch (type) {
    case "long_text":
      return { ...base, type, maxLength: 2000 };
    case "single_choice":
    case "dropdown":
      return { ...base, type, options: [], allowOther: false };
    case "multiple_choice":
      return { ...base, type, options: [], allowOther: false, maxChoices: null };
    case "number":
      return { ...base, type, min: null, max: null, wholeNumber: true };
    case "scale":
      return { ...base, type, points: 5, minLabel: "", maxLabel: "" };
    case "grid":
      return { ...base, type, points: 5, minLabel: "", maxLabel: "", rows: [] };
    default:
      return { ...base, type };
  }
}

/** The same question as another type, keeping its id, wording, rules, condition and any options or scale. */
export function retype(question: Question, type: QuestionType): Question {
  const next = blankQuestion(type, question.id, question.title);
  const carried = { hint: question.hint, required: question.required, showIf: question.showIf };
  const options = "options" in question && "options" in next ? { options: question.options, allowOther: question.allowOther } : {};
  const scale = "points" in question && "points" in next ? { points: question.points, minLabel: question.minLabel, maxLabel: question.maxLabel } : {};
  return { ...next, ...carried, ...options, ...scale } as Question;
}

const replaceAt = <T,>(list: T[], index: number, item: T) => list.map((existing, at) => (at === index ? item : existing));
const removeAt = <T,>(list: T[], index: number) => list.filter((_, at) => at !== index);
function moveWithin<T>(list: T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}

export const addSection =
  (title: string): Edit =>
  (definition) => {
    const id = makeKey(title, definition.sections.map((section) => section.id), "section");
    return { sections: [...definition.sections, { id, title, intro: "", showIf: null, questions: [] }] };
  };

export const updateSection =
  (index: number, patch: Partial<Omit<Section, "id" | "questions">>): Edit =>
  (definition) => ({ sections: definition.sections.map((section, at) => (at === index ? { ...section, ...patch } : section)) });

export const removeSection =
  (index: number): Edit =>
  (definition) => ({ sections: removeAt(definition.sections, index) });

export const moveSection =
  (index: number, delta: number): Edit =>
  (definition) => ({ sections: moveWithin(definition.sections, index, delta) });

export const addQuestion =
  (sectionIndex: number, type: QuestionType, title: string): Edit =>
  (definition) => {
    const id = makeKey(title, allQuestions(definition).map((item) => item.question.id), "question");
    return { sections: definition.sections.map((section, at) => (at === sectionIndex ? { ...section, questions: [...section.questions, blankQuestion(type, id, title)] } : section)) };
  };

export const updateQuestion =
  (sectionIndex: number, questionIndex: number, question: Question): Edit =>
  (definition) => ({ sections: definition.sections.map((section, at) => (at === sectionIndex ? { ...section, questions: replaceAt(section.questions, questionIndex, question) } : section)) });

export const removeQuestion =
  (sectionIndex: number, questionIndex: number): Edit =>
  (definition) => ({ sections: definition.sections.map((section, at) => (at === sectionIndex ? { ...section, questions: removeAt(section.questions, questionIndex) } : section)) });

/** Moves a question up or down; past the top or bottom of its section it joins the neighbouring section. */
export const moveQuestion =
  (sectionIndex: number, questionIndex: number, delta: -1 | 1): Edit =>
  (definition) => {
    const section = definition.sections[sectionIndex];
    const question = section?.questions[questionIndex];
    if (!section || !question) return definition;
    const target = questionIndex + delta;
    if (target >= 0 && target < section.questions.length) return updateSectionQuestions(definition, sectionIndex, moveWithin(section.questions, questionIndex, delta));
    const neighbour = definition.sections[sectionIndex + delta];
    if (!neighbour) return definition;
    const without = updateSectionQuestions(definition, sectionIndex, removeAt(section.questions, questionIndex));
    return updateSectionQuestions(without, sectionIndex + delta, delta < 0 ? [...neighbour.questions, question] : [question, ...neighbour.questions]);
  };

function updateSectionQuestions(definition: SurveyDefinition, sectionIndex: number, questions: Question[]): SurveyDefinition {
  return { sections: definition.sections.map((section, at) => (at === sectionIndex ? { ...section, questions } : section)) };
}

/** A new option or grid row with an id made from its label, unique in its list ("other" is kept for "Other, please specify"). */
export function newItem(label: string, existing: SurveyOption[], fallback: "option" | "row" = "option"): SurveyOption {
  return { id: makeKey(label, [...existing.map((item) => item.id), OTHER_OPTION], fallback), label };
}

/** Questions a section (or a question in it) may depend on: fixed-answer questions of earlier sections. */
export function conditionCandidates(definition: SurveyDefinition, sectionIndex: number): Question[] {
  return allQuestions(definition)
    .filter((item) => item.sectionIndex < sectionIndex && (CONDITIONAL_TYPES as readonly string[]).includes(item.question.type))
    .map((item) => item.question);
}

export {  removeAt, replaceAt };
