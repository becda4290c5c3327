import type { z } from "zod";
import type { Messages } from "@/lib/i18n/config";

/**
 * The one error family. An expected error has a `code`, which the table below maps to an HTTP
 * status and a default message, and a message for the person: a key in messages/ with its values,
 * never a sentence. Use cases and pure rules throw these; the route layer (lib/auth/action.ts,
 * lib/auth/route.ts) translates the key for the request's language. Anything that is not an
 * AppError is unexpected: logged once with a reference, shown as the generic message with it.
 */

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A message's key in messages/en.json, dotted: "problems.topic.notFound". */
export type MessageKey = Leaves<Messages>;

/**
 * A value for a message's placeholder. A Date is formatted by the route layer; a Message (or a list
 * of them, joined with spaces) is translated first, for a message that carries others.
 */
export type MessageValue = string | number | Date | Message | readonly Message[];
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** What a person is told: a key, and the values its placeholders need. */
export type Message = { readonly key: MessageKey; readonly values?: MessageValues };

export function message(key: MessageKey, values?: MessageValues): Message {
  return values ? { key, values } : { key };
}

/** Problems by field, untranslated: the path joined with dots, "form" for the whole input. */
export type FieldProblems = Record<string, Message[]>;

/** The same, translated: what a form shows beside each field (FormState) or a JSON body carries. */
export type FieldErrors = Record<string, string[]>;

/**
 * The table: each code's HTTP status and its default message. `requestKey` is what an API client is
 * told instead, where a form's wording would not fit ("send the same request again").
 */
export const ERROR_TABLE = {
  validation: { status: 400, key: "errors.fixBelow" },
  unauthenticated: { status: 401, key: "errors.signInFirst", requestKey: "problems.request.signIn" },
  forbidden: { status: 403, key: "errors.forbidden", requestKey: "problems.request.forbidden" },
  not_found: { status: 404, key: "errors.notFound" },
  conflict: { status: 409, key: "errors.conflict" },
  too_large: { status: 413, key: "problems.request.tooLarge" },
  unsupported_media_type: { status: 415, key: "problems.request.unsupportedType" },
  rate_limited: { status: 429, key: "errors.rateLimited" },
  unexpected: { status: 500, key: "errors.unexpected", requestKey: "problems.request.unexpected" },
  unavailable: { status: 503, key: "errors.unavailable", requestKey: "problems.request.unavailable" },
} as const satisfies Record<string, { status: number; key: MessageKey; requestKey?: MessageKey }>;

export type ErrorCode = keyof typeof ERROR_TABLE;
/** The codes an AppError may have: the last two are what the route layer makes of any other error. */
export type AppErrorCode = Exclude<ErrorCode, "unexpected" | "unavailable">;

const KEY_PATTERN = /^(errors|problems|validation)\.[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/** Whether a string (a zod issue's message) names a message rather than being a sentence. */
function isMessageKey(text: string): text is MessageKey {
  return KEY_PATTERN.test(text);
}

const asMessage = (given: MessageKey | Message): Message => (typeof given === "string" ? { key: given } : given);

export class AppError extends Error {
  readonly expected = true;
  /** What the person is told: its key is also `message`, so a log line names it. */
  readonly userMessage: Message;
  constructor(
    readonly code: AppErrorCode,
    given: MessageKey | Message = ERROR_TABLE[code].key,
  ) {
    const userMessage = asMessage(given);
    super(userMessage.key);
    this.name = new.target.name;
    this.userMessage = userMessage;
  }
}

export class NotFoundError extends AppError {
  constructor(key: MessageKey = ERROR_TABLE.not_found.key, values?: MessageValues) {
    super("not_found", message(key, values));
  }
}

export class UnauthenticatedError extends AppError {
  constructor(key: MessageKey = ERROR_TABLE.unauthenticated.key, values?: MessageValues) {
    super("unauthenticated", message(key, values));
  }
}

export class ForbiddenError extends AppError {
  constructor(key: MessageKey = ERROR_TABLE.forbidden.key, values?: MessageValues) {
    super("forbidden", message(key, values));
  }
}

export class ConflictError extends AppError {
  constructor(key: MessageKey, values?: MessageValues) {
    super("conflict", message(key, values));
  }
}

/** A request body too large to read (413). */
export class TooLargeError extends AppError {
  constructor(key: MessageKey = ERROR_TABLE.too_large.key, values?: MessageValues) {
    super("too_large", message(key, values));
  }
}

/** A request body of a type the endpoint does not take (415). */
export class UnsupportedMediaTypeError extends AppError {
  constructor(key: MessageKey = ERROR_TABLE.unsupported_media_type.key, values?: MessageValues) {
    super("unsupported_media_type", message(key, values));
  }
}

/**
 * Input that cannot be accepted: a message for the whole form and, by field, the problems to show
 * beside each one. `new ValidationError("problems.x", { email: [message("validation.y")] })`.
 */
export class ValidationError extends AppError {
  constructor(
    given: MessageKey | Message = ERROR_TABLE.validation.key,
    readonly fieldProblems: FieldProblems = {},
  ) {
    super("validation", given);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    /** Which limit: "new_accounts" (too many new accounts from one network) has its own message. */
    readonly limit: "attempts" | "new_accounts" = "attempts",
  ) {
    super("rate_limited", message(limit === "new_accounts" ? "errors.rateLimitedNewAccounts" : "errors.rateLimited", { seconds: retryAfterSeconds }));
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** One field's problem: `fieldProblem("email", "validation.contact.emailTaken", { email })`. */
export function fieldProblem(field: string, key: MessageKey, values?: MessageValues): FieldProblems {
  return { [field]: [message(key, values)] };
}

/** Problems (guard findings, logic checks) by field: the path joined with dots, "form" for the whole input. */
export function fieldProblemsFrom(problems: readonly { path: readonly PropertyKey[]; message: Message }[]): FieldProblems {
  const fieldProblems: FieldProblems = {};
  for (const problem of problems) (fieldProblems[problem.path.map(String).join(".") || "form"] ??= []).push(problem.message);
  return fieldProblems;
}

/** What a zod issue names, as a message's values: {minimum}, {maximum}, the {options} of an enum, a custom issue's params. */
function issueValues(issue: z.core.$ZodIssue): Record<string, MessageValue> {
  const values: Record<string, MessageValue> = {};
  if (issue.code === "too_small") values.minimum = Number(issue.minimum);
  if (issue.code === "too_big") values.maximum = Number(issue.maximum);
  if (issue.code === "invalid_value") values.options = issue.values.map(String).join(", ");
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === "string" || typeof value === "number" || value instanceof Date) values[name] = value;
    }
  }
  return values;
}

/**
 * A zod issue as a message: schemas in lib/validations and lib/domain give keys as their messages
 * (`.min(1, "validation.comment.bodyRequired")`, with {minimum}/{maximum} and a custom issue's
 * params as values); zod's own English defaults become a generic message for the issue's code.
 */
export function messageOfIssue(issue: z.core.$ZodIssue): Message {
  const values = issueValues(issue);
  const key: MessageKey = isMessageKey(issue.message) ? issue.message : `validation.issue.${issue.code}`;
  return Object.keys(values).length ? { key, values } : { key };
}

/** A failed parse's issues, by field. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldProblems {
  return fieldProblemsFrom(issues.map((issue) => ({ path: issue.path, message: messageOfIssue(issue) })));
}
