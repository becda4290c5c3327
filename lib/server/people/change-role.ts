import "server-only";
import { count, eq, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TChangeRoleInput } from "@/lib/validations/people";

/** An admin changes someone's role. The change takes effect on their next request and is audited. */
export async function changeRole(actor: CurrentUser, input: TChangeRoleInput): Promise<{ email: string; from: string; to: string }> {
  return getDb().transaction(async (tx) => {
    // One role change at a time: two admins stepping down at once must not each count the other.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('role-change'))`);
    await consumeRateLimit(tx, `role-change:${actor.id}`, { limit: 60, windowSeconds: 600 });
    const [target] = await tx.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!target) throw new NotFoundError("problems.people.notFound");
    if (target.role === input.role) return { email: target.email, from: target.role, to: input.role };
    if (target.role === "admin") {
      const [admins] = await tx.select({ total: count() }).from(users).where(eq(users.role, "admin"));
      if ((admins?.total ?? 0) <= 1) throw new ConflictError("problems.people.onlyAdmin");
    }
    await tx.update(users).set({ role: input.role }).where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "role.changed",
      subjectType: "user",
      subjectId: target.id,
      details: { from: target.role, to: input.role },
    });
    return { email: target.email, from: target.role, to: input.role };
  });
}
