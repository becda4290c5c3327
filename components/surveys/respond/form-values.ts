import type { Answers } from "@/lib/domain/surveys/answer-types";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import type { Question } from "@/lib/domain/surveys/definition";
import { OTHER_OPTION } from "@/lib/domain/surveys/definition";
import { otherKey } from "@/lib/domain/surveys/logic";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";

/** Saved answers as the form fields that would give them back: the page shows them again. */
export function answersToFormValues(questions: Question[], answers: Answers): FormInput {
  const values: FormInput = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (Array.isArray(value)) values[fieldName(question.id)] = value;
    else if (typeof value === "object") for (const [row, point] of Object.entries(value)) values[fieldName(question.id, row)] = String(point);
    else if (question.type === "date" && typeof value === "string") {
      const [year, month, day] = value.split("-");
      Object.assign(values, { [fieldName(question.id, "day")]: String(Number(day)), [fieldName(question.id, "month")]: String(Number(month)), [fieldName(question.id, "year")]: year });
    } else values[fieldName(question.id)] = String(value);
    const other = answers[otherKey(question.id)];
    if (typeof other === "string") values[fieldName(question.id, OTHER_OPTION)] = other;
  }
  return values;
}

export function valueOf(values: FormInput, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

export function valuesOf(values: FormInput, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** The aria-describedby for a field: its hint and its error, where shown. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length ? present.join(" ") : undefined;
}
