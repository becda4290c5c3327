/**
 * The English messages, for tests: the real messages/en.json through the same translating code the
 * route layer uses, so a test can say what a person reads while the code under test deals in keys.
 */
import { createTranslator } from "use-intl/core";
import type { z } from "zod";
import { isAppError, problemsFromIssues, ValidationError, type FieldErrors, type FieldProblems, type Message, type MessageKey, type MessageValues } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/config";
import { translate, translateFieldProblems, type Translate } from "@/lib/i18n/translate";

const translator = createTranslator({ locale: "en", messages: loadMessages() });

/** A root translator over messages/en.json, with `has`, like the one getTranslations() gives. */
const englishT: Translate = Object.assign((key: string, values?: Record<string, string | number>) => translator(key as never, values as never), {
  has: (key: string) => translator.has(key as never),
});

/** A message (or a key with values) in English. */
export function en(message: Message | MessageKey, values?: MessageValues): string {
  return translate(englishT, typeof message === "string" ? { key: message, values } : message);
}

/** Problems by field, in English: what a form or a JSON body shows. */
export function enFields(problems: FieldProblems): FieldErrors {
  return translateFieldProblems(englishT, problems);
}

/** What a person is told about an error: an AppError's message in English. */
export function enError(error: unknown): string {
  if (!isAppError(error)) throw new Error(`Expected an AppError, got ${String(error)}`);
  return en(error.userMessage);
}

/** A failed zod parse's problems in English, by top-level field (as zod's flatten() groups them). */
export function enIssues(error: z.ZodError | undefined): FieldErrors | undefined {
  return error && enFields(problemsFromIssues(error.issues.map((issue) => ({ ...issue, path: issue.path.slice(0, 1) }))));
}

/** What a person is told when `promise` fails with an AppError: its code, and its message and field problems in English. */
export async function englishRefusal(promise: Promise<unknown>): Promise<{ code: string; message: string; fieldErrors: FieldErrors }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`Expected the promise to fail with an AppError, got ${String(error)}`);
  return { code: error.code, message: en(error.userMessage), fieldErrors: error instanceof ValidationError ? enFields(error.fieldProblems) : {} };
}
