import "server-only";
import { ValidationError } from "@/lib/errors";
import { renderRichText } from "@/lib/rich-text/render";

/** Reads the editor's JSON from a form field and renders it, naming the field on failure. */
export function parseRichTextField(field: string, value: string) {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new ValidationError("The formatted text could not be read. Reload the page and try again.", { [field]: ["The formatted text could not be read."] });
  }
  try {
    return renderRichText(json);
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.message, { [field]: [error.message] });
    throw error;
  }
}
