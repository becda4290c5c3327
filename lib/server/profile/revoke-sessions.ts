import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { sessions } from "@/lib/db/schema";

/** Signs the person out on every device by deleting all their database sessions. */
export async function revokeAllSessions(user: CurrentUser): Promise<number> {
  const removed = await getDb().delete(sessions).where(eq(sessions.userId, user.id)).returning({ token: sessions.sessionToken });
  return removed.length;
}
