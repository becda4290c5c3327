import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { fieldErrorsFrom, isAppError, RateLimitedError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { checkFormGuard, FORM_TOKEN_FIELD, HONEYPOT_FIELD } from "@/lib/security/form-guard";
import { noteWrite } from "@/lib/page-cache/page-cache";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getCurrentUser } from "./current-user";
import type { FormState } from "@/components/ui/form-state";
import { can, type Action } from "@/lib/domain/access/policy";

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
const refusal = (message: string, formData: FormData): FormState => ({ status: "error", message, fieldErrors: {}, values: formInput(formData) });

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
  schema: S,
  formData: FormData,
  user: U,
  handler: Handler<S, U, R>,
  options: ActionOptions = {},
): Promise<FormState | R> {
  // Any action may change what a page shows: cached pages are not served after it.
  noteWrite();
  const t = await getTranslations("errors");
  const values = formInput(formData);
  if (options.guard) {
    const problem = checkFormGuard({ honeypot: formData.get(HONEYPOT_FIELD), token: formData.get(FORM_TOKEN_FIELD) });
    if (problem) return { status: "error", message: t(`formGuard.${problem}`), fieldErrors: {}, values };
  }
  const parsed = schema.safeParse(parseInput(formData));
  if (!parsed.success) {
    return { status: "error", message: t("fixBelow"), fieldErrors: fieldErrorsFrom(parsed.error.issues), values };
  }
  try {
    return (await handler(parsed.data, { user })) ?? { status: "success", message: t("saved") };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ValidationError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    if (error instanceof RateLimitedError) {
      const message = t(error.limit === "new_accounts" ? "rateLimitedNewAccounts" : "rateLimited", { seconds: error.retryAfterSeconds });
      return { status: "error", message, fieldErrors: {}, values };
    }
    if (isAppError(error)) return { status: "error", message: error.message, fieldErrors: {}, values };
    if (isDatabaseUnavailable(error)) return { status: "error", message: t("unavailable"), fieldErrors: {}, values };
    const reference = randomUUID().slice(0, 8);
    logger.error({ err: error, reference }, "Server action failed");
    return { status: "error", message: t("unexpected", { reference }), fieldErrors: {}, values };
  }
}

/**
 * A server action for a form that needs a role: zod-parses the form at the boundary, checks the
 * policy, and turns typed errors into messages. Data-dependent checks belong in the use case.
 * A form whose result is more than a message names its own state: `formAction<typeof ZSchema, MyState>`.
 */
export function formAction<S extends z.ZodType, R = never>(action: Action, schema: S, handler: Handler<S, CurrentUser, NoInfer<R>>, options: ActionOptions = {}) {
  return async (_previous: FormState | R, formData: FormData): Promise<FormState | R> => {
    const t = await getTranslations("errors");
    const user = await signedInOrUnavailable();
    if (user === UNAVAILABLE) return refusal(t("unavailable"), formData);
    if (!user) return refusal(t("signInFirst"), formData);
    if (!can(user.role, action)) return refusal(t("forbidden"), formData);
    return run(schema, formData, user, handler, options);
  };
}

/** A server action anyone may use (sign-in): still zod-parsed, still rate limited in its use case. */
export function publicFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, CurrentUser | null>, options: ActionOptions = {}) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await signedInOrUnavailable();
    if (user === UNAVAILABLE) return refusal((await getTranslations("errors"))("unavailable"), formData);
    return run(schema, formData, user, handler, options);
  };
}
