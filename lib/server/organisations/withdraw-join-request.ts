import "server-only";
import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { organisationJoinRequests } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

/** The person withdraws their waiting request to join. */
export async function withdrawJoinRequest(user: CurrentUser, now = new Date()): Promise<void> {
  const withdrawn = await getDb()
    .update(organisationJoinRequests)
    .set({ status: "withdrawn", decidedAt: now })
    .where(and(eq(organisationJoinRequests.userId, user.id), eq(organisationJoinRequests.status, "pending")))
    .returning({ id: organisationJoinRequests.id });
  if (withdrawn.length === 0) throw new NotFoundError("problems.organisation.requestNotFound");
}
