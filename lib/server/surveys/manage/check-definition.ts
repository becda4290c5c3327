import { ZSurveyDefinition, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/errors";

export type DefinitionCheck = { ok: true; definition: SurveyDefinition } | { ok: false; fieldErrors: FieldErrors; messages: string[] };

/** Checks a definition's shape and its logic (`checkLogic` runs inside `ZSurveyDefinition`). */
export function checkDefinition(raw: unknown): DefinitionCheck {
  const parsed = ZSurveyDefinition.safeParse(raw);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error.issues), messages: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
}
