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
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  try {
    return await getSessionUser(token);
  } catch (error) {
    // A page shows "try again" for this (app/error.tsx); actions and route handlers answer 503.
    throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  }
});
