/**
 * Whether an error means the database could not be reached or is restarting, rather than that the
 * request was wrong: the answer is then 503 "nothing was saved yet, try again", never 500 or 401.
 */

/** postgres.js's own connection errors and the socket errors it passes on. */
const CONNECTION_CODES = new Set([
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/**
 * SQLSTATEs of a server that is going away or not ready, or of a statement stopped by the statement
 * timeout: class 08 (connection exception), 53300 too many connections, 57014 query cancelled,
 * 57P01-57P05 (shut down, crashed, starting up, dropped database, idle session timeout).
 */
function isUnavailableState(code: string): boolean {
  return code.startsWith("08") || code === "53300" || code === "57014" || /^57P0[1-5]$/.test(code);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth += 1) {
    const code = "code" in current && typeof current.code === "string" ? current.code : null;
    if (code && (CONNECTION_CODES.has(code) || isUnavailableState(code))) return true;
    current = "cause" in current ? current.cause : null;
  }
  return false;
}

/** How long to tell a client to wait before sending the same request again. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** The digest Next keeps on an error that already has one: the error page shows "try again" for it. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/** Thrown while rendering a page when the database cannot be reached (the cause is the driver's error). */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause: unknown) {
    super("The database cannot be reached just now", { cause });
    this.name = "DatabaseUnavailableError";
  }
}
