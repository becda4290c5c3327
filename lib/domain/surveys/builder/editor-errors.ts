import type { FieldErrors } from "@/lib/errors";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";

type EditorProblem = { message: string; anchor: string };
export type EditorErrors = { summary: EditorProblem[]; sections: Map<string, string[]>; questions: Map<string, string[]> };

export const EMPTY_ERRORS: EditorErrors = { summary: [], sections: new Map(), questions: new Map() };
export const sectionAnchor = (id: string) => `section-${id}`;
export const questionAnchor = (id: string) => `question-${id}`;
export const EDITOR_ANCHOR = "question-editor";

/**
 * Places the server's problems (keyed by path, "sections.1.questions.0.options") on the section or
 * question they belong to, by id, using the definition that was sent: they stay with the right
 * item while the officer moves things around.
 */
export function placeErrors(fieldErrors: FieldErrors, sent: SurveyDefinition): EditorErrors {
  const placed: EditorErrors = { summary: [], sections: new Map(), questions: new Map() };
  const add = (map: Map<string, string[]>, id: string, messages: string[]) => map.set(id, [...(map.get(id) ?? []), ...messages]);
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const match = path.match(/^sections\.(\d+)(?:\.questions\.(\d+))?/);
    const section = match ? sent.sections[Number(match[1])] : undefined;
    const question = match?.[2] !== undefined ? section?.questions[Number(match[2])] : undefined;
    if (question) add(placed.questions, question.id, messages);
    else if (section) add(placed.sections, section.id, messages);
    const anchor = question ? questionAnchor(question.id) : section ? sectionAnchor(section.id) : EDITOR_ANCHOR;
    placed.summary.push(...messages.map((message) => ({ message, anchor })));
  }
  return placed;
}
