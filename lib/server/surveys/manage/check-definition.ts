import { ZSurveyDefinition, type SurveyDefinition } from "@/lib/surveys/definition";
import type { FieldErrors } from "@/lib/errors";

export type DefinitionCheck = { ok: true; definition: SurveyDefinition } | { ok: false; fieldErrors: FieldErrors; messages: string[] };

/** Problem paths as the editor names its items: "sections.0.questions.2.options"; "form" for the whole survey. */
export function problemsToFieldErrors(problems: { message: string; path: PropertyKey[] }[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const problem of problems) (fieldErrors[problem.path.map(String).join(".") || "form"] ??= []).push(problem.message);
  return fieldErrors;
}

/** Checks a definition's shape and its logic (`checkLogic` runs inside `ZSurveyDefinition`). */
export function checkDefinition(raw: unknown): DefinitionCheck {
  const parsed = ZSurveyDefinition.safeParse(raw);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, fieldErrors: problemsToFieldErrors(parsed.error.issues), messages: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
}
