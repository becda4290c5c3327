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
  const known = lookups.get(jar);
  if (known) return known;
  const lookup = lookUp(jar);
  lookups.set(jar, lookup);
  return lookup;
});

const lookups = new WeakMap<object, Promise<CurrentUser | null>>();

async function lookUp(jar: { get(name: string): { value: string } | undefined }): Promise<CurrentUser | null> {
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  try {
    return await getSessionUser(token);
  } catch (error) {
    // A page shows "try again" for this (app/error.tsx); actions and route handlers answer 503.
    throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  }
}
