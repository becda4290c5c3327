import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { getSessionUser } from "@/lib/server/auth/get-session-user";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { SESSION_COOKIES } from "@/lib/security/session-cookies";

/**
 * The signed-in person for this request, or null. Read once per request, straight from the
 * sessions Auth.js keeps: when the database cannot be reached this throws (the person is asked to
 * try again) instead of treating them as signed out, as Auth.js's own lookup would.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  // React's cache lasts a render; a route handler (a comment or a survey response posted through the
  // API) has none, and asks twice (the handler, and next-intl's request config for the language).
  // The request's cookie store is one object for the whole request: the lookup is kept with it.
  // A session cookie set or cleared during the request (signing out) is a new lookup.
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const known = lookups.get(jar);
  if (known && known.token === token) return known.user;
  const user = lookUp(token);
  lookups.set(jar, { token, user });
  return user;
});

const lookups = new WeakMap<object, { token: string | undefined; user: Promise<CurrentUser | null> }>();

async function lookUp(token: string | undefined): Promise<CurrentUser | null> {
  if (!token) return null;
  try {
    return await getSessionUser(token);
  } catch (error) {
    // A page shows "try again" for this (app/error.tsx); actions and route handlers answer 503.
    throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  }
}
