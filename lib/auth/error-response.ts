import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_SECONDS } from "@/lib/db/unavailable";
import { ERROR_TABLE, isAppError, message, RateLimitedError, ValidationError, type ErrorCode, type FieldErrors, type FieldProblems, type Message, type MessageKey } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { translate, translateFieldProblems, type Translate } from "@/lib/i18n/translate";

/** The request's translator, for any message key (the route layer is where messages are translated). */
export async function requestTranslator(): Promise<Translate> {
  const t = await getTranslations();
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) });
}

/** Where an error is answered: a form (FormState) or an HTTP client (a JSON or text body). */
export type Surface = "form" | "request";

export type ExplainedError = {
  code: ErrorCode;
  status: number;
  message: Message;
  fieldProblems: FieldProblems;
  headers: Record<string, string>;
};

/**
 * What an error means for the person: its code (from the one table: status and default message),
 * the message, any field problems and the headers its answer needs. A database that cannot be
 * reached is "unavailable" (503 with Retry-After: nothing was saved, try again; never 401 or 500);
 * anything else unexpected is logged here, once, with a reference the person is shown.
 */
export function explainError(error: unknown, surface: Surface, context: string): ExplainedError {
  if (isAppError(error)) {
    return {
      code: error.code,
      status: ERROR_TABLE[error.code].status,
      message: { ...error.userMessage, key: keyFor(error.code, surface, error.userMessage.key) },
      fieldProblems: error instanceof ValidationError ? error.fieldProblems : {},
      headers: error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : {},
    };
  }
  const code = isDatabaseUnavailable(error) ? "unavailable" : "unexpected";
  const { status } = ERROR_TABLE[code];
  const key = keyFor(code, surface);
  if (code === "unavailable") {
    logger.warn({ err: error }, `${context}: database unavailable`);
    return { code, status, message: message(key), fieldProblems: {}, headers: { "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) } };
  }
  const reference = randomUUID().slice(0, 8);
  logger.error({ err: error, reference }, `${context} failed`);
  return { code, status, message: message(key, { reference }), fieldProblems: {}, headers: {} };
}

/** The message key for a code: the error's own, else the table's default, in an API client's wording where the table has one. */
function keyFor(code: ErrorCode, surface: Surface, given?: MessageKey): MessageKey {
  const entry: { key: MessageKey; requestKey?: MessageKey } = ERROR_TABLE[code];
  if (given && given !== entry.key) return given;
  return surface === "request" ? (entry.requestKey ?? entry.key) : entry.key;
}

/** The JSON body of an error answer, from its translated message and field problems. */
export type ErrorBody = (error: string, fieldErrors: FieldErrors, code: ErrorCode) => Record<string, unknown>;

/** `{ error }`; a 400 also has `{ fieldErrors }`, by field. */
const defaultErrorBody: ErrorBody = (error, fieldErrors, code) => (code === "validation" ? { error, fieldErrors } : { error });

/**
 * How a route answers errors: `body` shapes the JSON; `text` answers in plain text; `say` gives the
 * route's own wording for a code, whatever the error (a one-click unsubscribe speaks to a mail client).
 */
export type ErrorAnswer = { body?: ErrorBody; text?: boolean; say?: Partial<Record<ErrorCode, MessageKey>> };

/** The answer to an error a route handler caught: its status and headers from the table, its message translated for the request. */
export async function errorResponse(error: unknown, context: string, options: ErrorAnswer = {}): Promise<Response> {
  const explained = explainError(error, "request", context);
  const own = options.say?.[explained.code];
  const t = await requestTranslator();
  const text = translate(t, own ? { key: own, values: explained.message.values } : explained.message);
  if (options.text) {
    return new Response(text, { status: explained.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...explained.headers } });
  }
  const body = (options.body ?? defaultErrorBody)(text, translateFieldProblems(t, explained.fieldProblems), explained.code);
  return Response.json(body, { status: explained.status, headers: explained.headers });
}
