import "server-only";
import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { organisationJoinRequests, users } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { addToOrganisation, findMembership, requireInOrganisation } from "@/lib/server/organisations/shared/membership";
import { organisationPageUrl, queueMembershipEmail } from "@/lib/server/organisations/shared/join-notifications";

/**
 * An administrator approves (the person joins as a member) or declines a waiting request to join
 * their own organisation; the person is emailed either way. A person who joined another
 * organisation meanwhile cannot be approved.
 */
export async function decideJoinRequest(user: CurrentUser, input: { requestId: string; decision: "approve" | "decline" }, now = new Date()): Promise<{ person: string }> {
  return getDb().transaction(async (tx) => {
    const membership = await requireInOrganisation(tx, user, "organisation:decide-join");
    const [request] = await tx
      .select({ id: organisationJoinRequests.id, userId: organisationJoinRequests.userId, status: organisationJoinRequests.status, email: users.email, name: users.name })
      .from(organisationJoinRequests)
      .innerJoin(users, eq(users.id, organisationJoinRequests.userId))
      .where(and(eq(organisationJoinRequests.id, input.requestId), eq(organisationJoinRequests.organisationId, membership.organisation.id)))
      .for("update", { of: organisationJoinRequests });
    if (!request) throw new NotFoundError("problems.organisation.requestNotFound");
    if (request.status !== "pending") throw new ConflictError("problems.organisation.requestDecided");
    if (input.decision === "approve") {
      if (await findMembership(tx, request.userId, true)) throw new ConflictError("problems.organisation.joinedElsewhere");
      await addToOrganisation(tx, request.userId, membership.organisation.id, "member");
    }
    await tx
      .update(organisationJoinRequests)
      .set({ status: input.decision === "approve" ? "approved" : "declined", decidedBy: user.id, decidedAt: now })
      .where(eq(organisationJoinRequests.id, request.id));
    await queueMembershipEmail(tx, request.email, `join-decision:${request.id}`, {
      kind: input.decision === "approve" ? "joinApproved" : "joinDeclined",
      organisation: membership.organisation.name,
      url: organisationPageUrl(),
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: input.decision === "approve" ? "organisation.join-approved" : "organisation.join-declined",
      subjectType: "organisation",
      subjectId: membership.organisation.id,
      details: { requestId: request.id, userId: request.userId },
    });
    return { person: request.name ?? request.email };
  });
}
