import "server-only";
import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { joinsAutomatically } from "@/lib/domain/organisations/email-domain";
import { getDb } from "@/lib/db/client";
import { organisationJoinRequests, organisations } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { addToOrganisation, findMembership, listAdministrators } from "@/lib/server/organisations/shared/membership";
import { organisationPageUrl, queueMembershipEmail } from "@/lib/server/organisations/shared/join-notifications";
import { ORGANISATION_WRITE_RATE, organisationWriteKey } from "@/lib/server/organisations/shared/organisation-rules";

/**
 * Someone asks to join an organisation. At a verified organisation's own email domain (never a
 * webmail one) they join at once as a member; otherwise the request waits for an administrator,
 * who is emailed. One request waits at a time; a rejected organisation takes no one.
 */
export async function requestToJoin(user: CurrentUser, input: { organisationId: string; message: string }, now = new Date()): Promise<{ outcome: "joined" | "requested"; organisation: string }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, organisationWriteKey(user.id), ORGANISATION_WRITE_RATE, now);
    const current = await findMembership(tx, user.id, true);
    if (current) throw new ConflictError("problems.organisation.alreadyMember", { organisation: current.organisation.name });
    const [organisation] = await tx
      .select({ id: organisations.id, name: organisations.name, verification: organisations.verification, emailDomain: organisations.emailDomain })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (!organisation || organisation.verification === "rejected") throw new NotFoundError("problems.organisation.notFound");
    if (joinsAutomatically(user.email, organisation)) {
      await addToOrganisation(tx, user.id, organisation.id, "member");
      await recordAudit(tx, { actorId: user.id, action: "organisation.joined-by-domain", subjectType: "organisation", subjectId: organisation.id, details: { domain: organisation.emailDomain } });
      return { outcome: "joined", organisation: organisation.name };
    }
    const [pending] = await tx
      .select({ organisationId: organisationJoinRequests.organisationId })
      .from(organisationJoinRequests)
      .where(and(eq(organisationJoinRequests.userId, user.id), eq(organisationJoinRequests.status, "pending")));
    if (pending) throw new ConflictError("problems.organisation.requestPending");
    const [request] = await tx
      .insert(organisationJoinRequests)
      .values({ organisationId: organisation.id, userId: user.id, message: input.message, createdAt: now })
      .returning({ id: organisationJoinRequests.id });
    if (!request) throw new Error("join request: no row inserted");
    for (const administrator of await listAdministrators(tx, organisation.id)) {
      await queueMembershipEmail(tx, administrator.email, `join-request:${request.id}:${administrator.id}`, {
        kind: "joinRequest",
        organisation: organisation.name,
        person: user.name ?? user.email,
        email: user.email,
        note: input.message,
        url: organisationPageUrl(),
      });
    }
    await recordAudit(tx, { actorId: user.id, action: "organisation.join-requested", subjectType: "organisation", subjectId: organisation.id, details: { requestId: request.id } });
    return { outcome: "requested", organisation: organisation.name };
  });
}
