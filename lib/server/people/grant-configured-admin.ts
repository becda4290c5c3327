import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * The first admins come from ADMIN_EMAILS: on sign-in, a listed address becomes an admin (once,
 * audited). Removing an address from the list never demotes anyone: admins do that in the console.
 */
export async function grantConfiguredAdmin(input: { userId: string; email: string }, adminEmails = env.ADMIN_EMAILS): Promise<boolean> {
  if (!adminEmails.includes(input.email.toLowerCase())) return false;
  return getDb().transaction(async (tx) => {
    const promoted = await tx
      .update(users)
      .set({ role: "admin" })
      .where(and(eq(users.id, input.userId), ne(users.role, "admin")))
      .returning({ id: users.id });
    if (promoted.length === 0) return false;
    await recordAudit(tx, {
      actorId: null,
      action: "role.granted",
      subjectType: "user",
      subjectId: input.userId,
      details: { role: "admin", reason: "Listed in ADMIN_EMAILS" },
    });
    return true;
  });
}
