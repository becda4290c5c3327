import "server-only";
import { fieldProblem, ValidationError } from "@/lib/errors";
import { renderRichText } from "@/lib/rich-text/render";

/** Reads the editor's JSON from a form field and renders it, naming the field on failure. */
export function parseRichTextField(field: string, value: string) {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new ValidationError("problems.richText.unreadable", fieldProblem(field, "validation.richText.unreadable"));
  }
  try {
    return renderRichText(json);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.userMessage, { [field]: [error.userMessage] });
    throw error;
  }
}
