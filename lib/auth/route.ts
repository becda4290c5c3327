import "server-only";
import { z } from "zod";
import { noteWrite } from "@/lib/page-cache/page-cache";
import { message, NotFoundError, problemsFromIssues, UnauthenticatedError, ForbiddenError, ValidationError, type MessageKey } from "@/lib/errors";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can, type Action } from "@/lib/domain/access/policy";
import { checkCronRequest } from "./cron-request";
import { getCurrentUser } from "./current-user";
import { errorResponse, type ErrorAnswer } from "./error-response";

/**
 * The route handlers' wrappers: every handler under app/api goes through one of them, so every error
 * it throws is answered the same way, from the one table in lib/errors.ts (status, headers, message
 * translated for the request): withPermission for a role, withCronSecret for hosted cron, withPublic
 * for endpoints whose authority is something else (a signed link or signature, a survey's audience).
 */

type RouteContext<P> = { params: Promise<P> };
type Handler<P, C> = (request: Request, context: { params: P } & C) => Promise<Response>;

/** How errors are answered: see ErrorAnswer (a 400's JSON shape, plain text, a route's own wording). */
export type RouteOptions = ErrorAnswer;

function wrap<P, C>(name: string, admit: (request: Request) => Promise<C>, handler: Handler<P, C>, options: RouteOptions) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const admitted = await admit(request);
      return await handler(request, { params: await context.params, ...admitted });
    } catch (error) {
      return errorResponse(error, `${name} ${request.method} ${new URL(request.url).pathname}`, options);
    }
  };
}

/** A route handler that needs a role: 401 when signed out, 403 when the policy says no; a session that cannot be read now is a 503 to retry. */
export function withPermission<P>(action: Action, handler: Handler<P, { user: CurrentUser }>, options: RouteOptions = {}) {
  return wrap<P, { user: CurrentUser }>(
    "Route handler",
    async (request) => {
      const user = await getCurrentUser();
      if (!user) throw new UnauthenticatedError();
      if (!can(user.role, action)) throw new ForbiddenError();
      if (request.method !== "GET" && request.method !== "HEAD") noteWrite();
      return { user };
    },
    handler,
    options,
  );
}

/** A route handler anyone may call: its authority is its own (a signed token, a webhook signature, a survey's audience). */
export function withPublic<P>(handler: Handler<P, Record<string, never>>, options: RouteOptions = {}) {
  return wrap<P, Record<string, never>>("Public route", async () => ({}), handler, options);
}

/** Hosted cron: `Authorization: Bearer $CRON_SECRET` (404 while no secret is set, 401 for a wrong one). */
export function withCronSecret(handler: Handler<Record<string, never>, Record<string, never>>) {
  return wrap<Record<string, never>, Record<string, never>>(
    "Cron route",
    async (request) => {
      checkCronRequest(request);
      return {};
    },
    handler,
    {},
  );
}

/** A path segment that must be a UUID: anything else is the thing's 404, before the database is asked. */
export function uuidParam(value: string, notFound: MessageKey): string {
  if (!z.uuid().safeParse(value).success) throw new NotFoundError(notFound);
  return value;
}

/** The query string, parsed: a bad value is a 400 with the problems by field. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S, invalid: MessageKey): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new ValidationError(invalid, problemsFromIssues(parsed.error.issues));
  return parsed.data;
}

/**
 * A JSON object from the request body, parsed with `schema` (after `extra` is merged in: ids from the
 * path). Not JSON, not an object, or not valid: a 400 whose message is `invalid`.
 */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  { what, invalid, extra = {} }: { what: "comment" | "response"; invalid: MessageKey; extra?: Record<string, unknown> },
): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ValidationError(message("problems.request.sendJsonObject", { what }), { form: [message("problems.request.notJson")] });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ValidationError(message("problems.request.sendJsonObject", { what }), { form: [message("problems.request.notJsonObject")] });
  }
  const parsed = schema.safeParse({ ...body, ...extra });
  if (!parsed.success) throw new ValidationError(invalid, problemsFromIssues(parsed.error.issues));
  return parsed.data;
}
