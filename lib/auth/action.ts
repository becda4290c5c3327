import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ERROR_TABLE, problemsFromIssues, type MessageKey } from "@/lib/errors";
import { translate, translateFieldProblems, type Translate } from "@/lib/i18n/translate";
import { checkFormGuard, FORM_TOKEN_FIELD, HONEYPOT_FIELD } from "@/lib/security/form-guard";
import { noteWrite } from "@/lib/page-cache/page-cache";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getCurrentUser } from "./current-user";
import type { FormState } from "@/components/ui/form-state";
import { can, type Action } from "@/lib/domain/access/policy";
import { explainError, requestTranslator } from "./error-response";

/** A handler returns a FormState, or its own state `R` for forms that show more than a message (an import preview). */
type Handler<S extends z.ZodType, U, R = never> = (input: z.output<S>, context: { user: U }) => Promise<FormState | R | void>;

/** The text fields, to show again after an error: a field sent more than once (checkboxes) is an array. */
function formInput(formData: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (all.length > 0) input[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return input;
}

/** The form as an object for zod: text fields as above, plus uploaded files. */
function parseInput(formData: FormData): Record<string, string | string[] | File> {
  const input: Record<string, string | string[] | File> = formInput(formData);
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" && !key.startsWith("$ACTION")) input[key] = value;
  }
  return input;
}

/** A form refused before its handler ran, with what the person typed kept. */
const refusal = (t: Translate, key: MessageKey, formData: FormData): FormState => ({ status: "error", message: t(key), fieldErrors: {}, values: formInput(formData) });

const UNAVAILABLE = Symbol("database unavailable");

/** The signed-in person, or UNAVAILABLE when their session cannot be read now (never "signed out"). */
async function signedInOrUnavailable(): Promise<CurrentUser | null | typeof UNAVAILABLE> {
  try {
    return await getCurrentUser();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return UNAVAILABLE;
    throw error;
  }
}

/** Options of a form action: `guard` checks the spam fields FormGuardFields renders (public forms). */
type ActionOptions = { guard?: boolean };

async function run<S extends z.ZodType, U, R>(
  t: Translate,
  schema: S,
  formData: FormData,
  user: U,
  handler: Handler<S, U, R>,
  options: ActionOptions = {},
): Promise<FormState | R> {
  // Any action may change what a page shows: cached pages are not served after it.
  noteWrite();
  const values = formInput(formData);
  if (options.guard) {
    const problem = checkFormGuard({ honeypot: formData.get(HONEYPOT_FIELD), token: formData.get(FORM_TOKEN_FIELD) });
    if (problem) return { status: "error", message: t(`errors.formGuard.${problem}`), fieldErrors: {}, values };
  }
  const parsed = schema.safeParse(parseInput(formData));
  if (!parsed.success) {
    return { status: "error", message: t("errors.fixBelow"), fieldErrors: translateFieldProblems(t, problemsFromIssues(parsed.error.issues)), values };
  }
  try {
    return (await handler(parsed.data, { user })) ?? { status: "success", message: t("errors.saved") };
  } catch (error) {
    unstable_rethrow(error);
    // The one table decides the message: expected errors say theirs, the rest the generic one with a reference.
    const explained = explainError(error, "form", "Server action");
    return { status: "error", message: translate(t, explained.message), fieldErrors: translateFieldProblems(t, explained.fieldProblems), values };
  }
}

/**
 * A server action for a form that needs a role: zod-parses the form at the boundary, checks the
 * policy, and turns typed errors into messages. Data-dependent checks belong in the use case.
 * A form whose result is more than a message names its own state: `formAction<typeof ZSchema, MyState>`.
 */
export function formAction<S extends z.ZodType, R = never>(action: Action, schema: S, handler: Handler<S, CurrentUser, NoInfer<R>>, options: ActionOptions = {}) {
  return async (_previous: FormState | R, formData: FormData): Promise<FormState | R> => {
    const t = await requestTranslator();
    const user = await signedInOrUnavailable();
    if (user === UNAVAILABLE) return refusal(t, ERROR_TABLE.unavailable.key, formData);
    if (!user) return refusal(t, ERROR_TABLE.unauthenticated.key, formData);
    if (!can(user.role, action)) return refusal(t, ERROR_TABLE.forbidden.key, formData);
    return run(t, schema, formData, user, handler, options);
  };
}

/** A server action anyone may use (sign-in): still zod-parsed, still rate limited in its use case. */
export function publicFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, CurrentUser | null>, options: ActionOptions = {}) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const t = await requestTranslator();
    const user = await signedInOrUnavailable();
    if (user === UNAVAILABLE) return refusal(t, ERROR_TABLE.unavailable.key, formData);
    return run(t, schema, formData, user, handler, options);
  };
}
