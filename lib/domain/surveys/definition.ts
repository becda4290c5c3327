import { z } from "zod";
import { message, type Message } from "@/lib/errors";

/**
 * The shape of a survey: sections (pages) of questions, with optional conditions. Stored as JSON on
 * the survey (and each saved version); question and option ids are stable keys that answers, tallies
 * and exports refer to, so wording can change without touching responses.
 */
export const QUESTION_TYPES = [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "dropdown",
  "number",
  "scale",
  "grid",
  "date",
  "email",
  "postcode",
  "yes_no",
  "consent",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types whose answer is one or more of a fixed set of values, so conditions can refer to them. */
export const CONDITIONAL_TYPES = ["single_choice", "multiple_choice", "dropdown", "yes_no", "consent", "scale"] as const;
export const CONDITION_OPERATORS = ["equals", "one_of", "not_one_of"] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const OTHER_OPTION = "other";
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 5000;

export const ZKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "validation.surveyDefinition.id");

/** Text that must be given: its messages say which ("Enter the question."; "... {maximum} characters or fewer."). */
const ZLabel = (messages: { required: string; tooLong: string }, max: number) => z.string().trim().min(1, messages.required).max(max, messages.tooLong);

const ZOption = z.object({
  id: ZKey,
  label: ZLabel({ required: "validation.surveyDefinition.optionRequired", tooLong: "validation.surveyDefinition.optionTooLong" }, 200),
});
export type SurveyOption = z.output<typeof ZOption>;

const ZCondition = z.object({
  questionId: ZKey,
  operator: z.enum(CONDITION_OPERATORS),
  values: z.array(z.string().min(1)).min(1, "validation.surveyDefinition.conditionValues"),
});
export type Condition = z.output<typeof ZCondition>;

const base = {
  id: ZKey,
  title: ZLabel({ required: "validation.surveyDefinition.questionRequired", tooLong: "validation.surveyDefinition.questionTooLong" }, 300),
  hint: z.string().trim().max(500, "validation.surveyDefinition.hintTooLong").default(""),
  required: z.boolean().default(false),
  showIf: ZCondition.nullable().default(null),
};

const uniqueIds = (items: { id: string }[]) => new Set(items.map((item) => item.id)).size === items.length;
const ZOptions = z
  .array(ZOption)
  .min(2, "validation.surveyDefinition.tooFewOptions")
  .max(60, "validation.surveyDefinition.tooManyOptions")
  .refine(uniqueIds, "validation.surveyDefinition.optionIdsRepeated");
const scaleFields = {
  points: z.union([z.literal(5), z.literal(10)]),
  minLabel: z.string().trim().max(60).default(""),
  maxLabel: z.string().trim().max(60).default(""),
};

export const ZQuestion = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("short_text") }),
  z.object({ ...base, type: z.literal("long_text"), maxLength: z.number().int().min(10).max(LONG_TEXT_MAX).default(2000) }),
  z.object({ ...base, type: z.literal("single_choice"), options: ZOptions, allowOther: z.boolean().default(false) }),
  z.object({
    ...base,
    type: z.literal("multiple_choice"),
    options: ZOptions,
    allowOther: z.boolean().default(false),
    maxChoices: z.number().int().min(1).nullable().default(null),
  }),
  z.object({ ...base, type: z.literal("dropdown"), options: ZOptions, allowOther: z.boolean().default(false) }),
  z
    .object({
      ...base,
      type: z.literal("number"),
      min: z.number().nullable().default(null),
      max: z.number().nullable().default(null),
      wholeNumber: z.boolean().default(true),
    })
    .refine((q) => q.min === null || q.max === null || q.min <= q.max, { message: "validation.surveyDefinition.minAboveMax", path: ["min"] }),
  z.object({ ...base, type: z.literal("scale"), ...scaleFields }),
  z.object({
    ...base,
    type: z.literal("grid"),
    ...scaleFields,
    rows: z
      .array(ZOption)
      .min(1, "validation.surveyDefinition.tooFewRows")
      .max(20, "validation.surveyDefinition.tooManyRows")
      .refine(uniqueIds, "validation.surveyDefinition.rowIdsRepeated"),
  }),
  z.object({ ...base, type: z.literal("date") }),
  z.object({ ...base, type: z.literal("email") }),
  z.object({ ...base, type: z.literal("postcode") }),
  z.object({ ...base, type: z.literal("yes_no") }),
  z.object({ ...base, type: z.literal("consent") }),
]);
export type Question = z.output<typeof ZQuestion>;

export const ZSection = z.object({
  id: ZKey,
  title: ZLabel({ required: "validation.surveyDefinition.sectionTitleRequired", tooLong: "validation.surveyDefinition.sectionTitleTooLong" }, 200),
  intro: z.string().trim().max(2000, "validation.surveyDefinition.introTooLong").default(""),
  showIf: ZCondition.nullable().default(null),
  questions: z.array(ZQuestion).min(1, "validation.surveyDefinition.noQuestions").max(50, "validation.surveyDefinition.tooManyQuestions"),
});
export type Section = z.output<typeof ZSection>;

export const ZSurveyDefinition = z
  .object({ sections: z.array(ZSection).min(1, "validation.surveyDefinition.noSections").max(30, "validation.surveyDefinition.tooManySections") })
  .superRefine((definition, context) => {
    // The logic's message travels as the issue's key, its values as the issue's params.
    for (const problem of checkLogic(definition)) context.addIssue({ code: "custom", message: problem.message.key, params: { ...problem.message.values }, path: problem.path });
  });
export type SurveyDefinition = z.output<typeof ZSurveyDefinition>;

/** Every question in order, with the index of its section. */
export function allQuestions(definition: Pick<SurveyDefinition, "sections">): { question: Question; sectionIndex: number }[] {
  return definition.sections.flatMap((section, sectionIndex) => section.questions.map((question) => ({ question, sectionIndex })));
}

export function findQuestion(definition: Pick<SurveyDefinition, "sections">, questionId: string): Question | undefined {
  return allQuestions(definition).find((item) => item.question.id === questionId)?.question;
}

/** The points of a 1-5 or 1-10 scale (or a grid row's scale) as values "1".."n". */
export function scaleValues(points: number): SurveyOption[] {
  return Array.from({ length: points }, (_, index) => ({ id: String(index + 1), label: String(index + 1) }));
}

/** The values a condition on this question may name, with their labels. */
export function conditionValues(question: Question): SurveyOption[] {
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
    case "dropdown":
      return question.allowOther ? [...question.options, { id: OTHER_OPTION, label: "Other" }] : question.options;
    case "yes_no":
      return [
        { id: "yes", label: "Yes" },
        { id: "no", label: "No" },
      ];
    case "consent":
      return [{ id: "yes", label: "Agreed" }];
    case "scale":
      return scaleValues(question.points);
    default:
      return [];
  }
}

// The logic check: ZSurveyDefinition runs it, and the builder shows its problems beside each field.

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
