import "server-only";
import { randomUUID } from "node:crypto";
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_SECONDS } from "@/lib/db/unavailable";
import { isAppError, RateLimitedError, type AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** The HTTP status of each expected error's code: the one table route handlers share. */
export const STATUS_OF: Record<AppError["code"], number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  validation: 400,
  conflict: 409,
  rate_limited: 429,
};

/** Headers an error's answer needs: a 429 says when to try again. */
export function errorHeaders(error: AppError): Record<string, string> {
  return error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
}

export const UNAVAILABLE_MESSAGE =
  "Nothing was saved: the service is restarting or busy. Send the same request again in a few seconds (the same submission key makes that safe).";

/**
 * A JSON answer for an error a route handler caught: an expected one with its status and message; a
 * database that cannot be reached as 503 with Retry-After (never 401 or 500: a client may retry);
 * anything else as a 500 with a reference that is logged with the whole error.
 */
export function errorResponse(error: unknown, context: string): Response {
  if (isAppError(error)) return Response.json({ error: error.message }, { status: STATUS_OF[error.code], headers: errorHeaders(error) });
  if (isDatabaseUnavailable(error)) {
    logger.warn({ err: error }, `${context}: database unavailable`);
    return Response.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers: { "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) } });
  }
  const reference = randomUUID().slice(0, 8);
  logger.error({ err: error, reference }, `${context} failed`);
  return Response.json({ error: `Something went wrong. Reference ${reference}.` }, { status: 500 });
}
