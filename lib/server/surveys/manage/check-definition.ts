import { ZSurveyDefinition, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { messageOfIssue, problemsFromIssues, type FieldProblems, type Message } from "@/lib/errors";

export type DefinitionCheck = { ok: true; definition: SurveyDefinition } | { ok: false; fieldProblems: FieldProblems; messages: Message[] };

/** Checks a definition's shape and its logic (`checkLogic` runs inside `ZSurveyDefinition`): the problems by field, and each distinct one once. */
export function checkDefinition(raw: unknown): DefinitionCheck {
  const parsed = ZSurveyDefinition.safeParse(raw);
  if (parsed.success) return { ok: true, definition: parsed.data };
  const distinct = new Map(parsed.error.issues.map((issue) => messageOfIssue(issue)).map((message) => [JSON.stringify(message), message]));
  return { ok: false, fieldProblems: problemsFromIssues(parsed.error.issues), messages: [...distinct.values()] };
}
