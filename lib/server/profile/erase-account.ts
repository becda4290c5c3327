import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { campaignRecipients, commentRevisions, comments, emailOutbox, insightCodings, organisationInvitations, organisations, surveyResponses, users, verificationTokens } from "@/lib/db/schema";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { findMembership } from "@/lib/server/organisations/shared/membership";
import { listOrganisationPeople } from "@/lib/server/organisations/shared/people";

/** A sole administrator is leaving for good: the first of their colleagues (by name) takes over. */
async function handOverOrganisation(tx: Executor, userId: string): Promise<void> {
  const membership = await findMembership(tx, userId, true);
  if (!membership || membership.role !== "administrator") return;
  const people = await listOrganisationPeople(tx, membership.organisation.id, true);
  const others = people.filter((person) => person.id !== userId);
  if (others.length === 0 || others.some((person) => person.role === "administrator")) return;
  const [successor] = others;
  if (successor) await tx.update(users).set({ organisationRole: "administrator" }).where(eq(users.id, successor.id));
}

export type Erasure = { comments: number; responsesKept: number; draftsDeleted: number; emailsDeleted: number };

/**
 * Deletes the person's account and everything that names them, in one transaction:
 * - comments stay in their threads as "deleted by its author", with the words and earlier wordings
 *   erased and no author;
 * - submitted survey responses stay in the results with no link to the person; drafts go;
 * - helpful marks, reports, follows, sessions, sign-in accounts and the "about you" (equalities)
 *   answers go with the account (their rows cascade), and so do
 *   sign-in tokens and the emails sent to the address, and the address on campaign lists (its place
 *   on the suppression list stays, so an unsubscribe is still honoured);
 * - invitations to join an organisation sent to the address go; the organisation keeps no trace of
 *   who registered it; a sole administrator's organisation passes to a colleague, who becomes its
 *   administrator;
 * - the audit log records that an account was erased, with counts and no name or address.
 * The last administrator cannot leave the platform without one.
 */
export async function eraseAccount(user: CurrentUser): Promise<Erasure> {
  return getDb().transaction(async (tx) => {
    // Serialises with role changes, so two admins leaving at once cannot leave none.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('role-change'))`);
    const [account] = await tx.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, user.id));
    if (!account) return { comments: 0, responsesKept: 0, draftsDeleted: 0, emailsDeleted: 0 };
    if (account.role === "admin") {
      const [others] = await tx.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(users).where(and(eq(users.role, "admin"), ne(users.id, user.id)));
      if (!others?.total) throw new ConflictError("problems.profile.onlyAdmin");
    }

    const own = await tx.select({ id: comments.id }).from(comments).where(eq(comments.authorId, user.id));
    const ownIds = own.map((comment) => comment.id);
    if (ownIds.length) {
      await tx.delete(commentRevisions).where(inArray(commentRevisions.commentId, ownIds));
      await tx.update(comments).set({ status: "deleted", body: "", helpfulCount: 0, authorId: null }).where(inArray(comments.id, ownIds));
      // Their comments leave every theme (codings point at comments without a foreign key).
      await tx.delete(insightCodings).where(and(eq(insightCodings.itemKind, "comment"), inArray(insightCodings.itemId, ownIds)));
    }
    const drafts = await tx
      .delete(surveyResponses)
      .where(and(eq(surveyResponses.respondentId, user.id), eq(surveyResponses.status, "draft")))
      .returning({ id: surveyResponses.id });
    const kept = await tx
      .update(surveyResponses)
      .set({ respondentId: null, respondentKey: null, resumeTokenHash: null })
      .where(eq(surveyResponses.respondentId, user.id))
      .returning({ id: surveyResponses.id });
    await handOverOrganisation(tx, user.id);
    await tx.delete(organisationInvitations).where(eq(organisationInvitations.email, account.email));
    await tx.update(organisations).set({ registeredBy: null }).where(eq(organisations.registeredBy, user.id));
    const emails = await tx.delete(emailOutbox).where(eq(emailOutbox.toAddress, account.email)).returning({ id: emailOutbox.id });
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, account.email));
    await tx.delete(campaignRecipients).where(eq(campaignRecipients.email, account.email));
    // Sessions, sign-in accounts, helpful marks, reports, follows and "about you" answers are deleted with the row.
    await tx.delete(users).where(eq(users.id, user.id));

    const erasure = { comments: ownIds.length, responsesKept: kept.length, draftsDeleted: drafts.length, emailsDeleted: emails.length };
    await recordAudit(tx, { actorId: null, action: "account.erased", subjectType: "user", subjectId: user.id, details: { role: account.role, ...erasure } });
    return erasure;
  });
}
