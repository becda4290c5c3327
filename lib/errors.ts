/**
 * Typed errors. Expected ones carry a message a person can act on; anything else is shown as a
 * generic message with a reference id and logged in full.
 */
export type FieldErrors = Record<string, string[]>;

/** Problems (zod issues, guard findings) by field: the path joined with dots, "form" for the whole input. */
export function fieldErrorsFrom(problems: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const problem of problems) (fieldErrors[problem.path.map(String).join(".") || "form"] ??= []).push(problem.message);
  return fieldErrors;
}

export class AppError extends Error {
  readonly expected = true;
  constructor(
    readonly code: "not_found" | "forbidden" | "unauthenticated" | "validation" | "conflict" | "rate_limited",
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(message = "We could not find that.") {
    super("not_found", message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super("unauthenticated", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do that.") {
    super("forbidden", message);
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super("validation", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    /** Which limit: "new_accounts" (too many new accounts from one network) has its own message. */
    readonly limit: "attempts" | "new_accounts" = "attempts",
  ) {
    super(
      "rate_limited",
      limit === "new_accounts"
        ? `Too many new accounts have been made from your network in the last hour. Try again in ${retryAfterSeconds} seconds, or sign in with an account you already have.`
        : `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    );
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
