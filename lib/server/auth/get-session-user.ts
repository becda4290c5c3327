import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { sessions, users } from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { ZRole } from "@/lib/domain/access/roles";
import { isLocale } from "@/lib/i18n/locales";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/domain/access/sign-in-settings";

/**
 * The person a session token belongs to, or null when there is no such live session. A database
 * that cannot be reached throws (so the person is told to try again), never reads as "signed out".
 * As Auth.js does, a session in use is extended to its full age once a day.
 */
export async function getSessionUser(sessionToken: string, now = new Date()): Promise<CurrentUser | null> {
  const db = getDb();
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, locale: users.locale, expires: sessions.expires })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, now)));
  if (!row?.email) return null;
  await keepSessionAlive(sessionToken, row.expires, now);
  return sessionUser({ ...row, email: row.email });
}

/** The person as the app knows them, from their users row. */
export const sessionUser = (row: { id: string; email: string; name: string | null; role: string; locale: string | null }): CurrentUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: ZRole.parse(row.role),
  locale: isLocale(row.locale) ? row.locale : null,
});

/** As Auth.js does: a session in use is extended to its full age, at most once a day. */
export async function keepSessionAlive(sessionToken: string, expires: Date, now = new Date()): Promise<void> {
  const dueForUpdate = expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now.getTime();
  if (!dueForUpdate) return;
  await getDb()
    .update(sessions)
    .set({ expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) })
    .where(eq(sessions.sessionToken, sessionToken));
}
