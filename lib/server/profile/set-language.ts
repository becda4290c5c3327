import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";

/** Remembers the language the person chose: their pages on a new device, and every email to them. */
export async function setLanguage(user: CurrentUser, locale: Locale): Promise<void> {
  if (user.locale === locale) return;
  await getDb().update(users).set({ locale }).where(eq(users.id, user.id));
}

/** On signing in: the language they were using becomes theirs, unless they have already chosen one. */
export async function rememberFirstLanguage(userId: string, locale: Locale): Promise<void> {
  await getDb()
    .update(users)
    .set({ locale })
    .where(and(eq(users.id, userId), isNull(users.locale)));
}
