import type { z } from "zod";
import { ZQuestion, ZSection, ZSurveyDefinition, type Question, type Section, type SurveyDefinition } from "@/lib/domain/surveys/definition";

type QuestionInput = z.input<typeof ZQuestion>;
type SectionInput = z.input<typeof ZSection>;

export const opts = (...ids: string[]) => ids.map((id) => ({ id, label: id.charAt(0).toUpperCase() + id.slice(1) }));

/** One question of each type, with the settings the answer checks look at. */
export const QUESTIONS = {
  short: { id: "short", type: "short_text", title: "Short" },
  long: { id: "long", type: "long_text", title: "Long", maxLength: 20 },
  single: { id: "single", type: "single_choice", title: "Single", options: opts("a", "b"), allowOther: true },
  multi: { id: "multi", type: "multiple_choice", title: "Multi", options: opts("a", "b", "c"), allowOther: true, maxChoices: 2 },
  drop: { id: "drop", type: "dropdown", title: "Drop", options: opts("x", "y") },
  num: { id: "num", type: "number", title: "Num", min: 0, max: 10 },
  decimal: { id: "decimal", type: "number", title: "Decimal", wholeNumber: false, min: null, max: 100 },
  scale: { id: "scale", type: "scale", title: "Scale", points: 5 },
  grid: { id: "grid", type: "grid", title: "Grid", points: 5, rows: opts("r1", "r2"), required: true },
  date: { id: "date", type: "date", title: "Date" },
  email: { id: "email", type: "email", title: "Email" },
  postcode: { id: "postcode", type: "postcode", title: "Postcode" },
  yesno: { id: "yesno", type: "yes_no", title: "Yes or no" },
  consent: { id: "consent", type: "consent", title: "Consent" },
} satisfies Record<string, QuestionInput>;

export function question(input: QuestionInput): Question {
  return ZQuestion.parse(input);
}

export function section(id: string, questions: QuestionInput[], showIf: SectionInput["showIf"] = null): Section {
  return ZSection.parse({ id, title: `Section ${id}`, questions, showIf });
}

export function definition(...sections: SectionInput[]): SurveyDefinition {
  return ZSurveyDefinition.parse({ sections });
}
