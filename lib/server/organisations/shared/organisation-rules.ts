import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { emailDomainProblem } from "@/lib/domain/organisations/email-domain";
import { fieldProblem, ValidationError } from "@/lib/errors";

/** Organisation writes per person: registering, editing, inviting, asking to join. */
export const ORGANISATION_WRITE_RATE = { limit: 30, windowSeconds: 3600 };
export const organisationWriteKey = (userId: string) => `organisation-write:${userId}`;

/** Invitations work for 14 days. */
export const INVITATION_DAYS = 14;

/** An email domain given for an organisation must be the giver's own, and not webmail's. */
export function assertOwnEmailDomain(user: CurrentUser, emailDomain: string | null): void {
  if (!emailDomain) return;
  const problem = emailDomainProblem(user.email, emailDomain);
  if (problem) {
    const key = problem === "publicDomain" ? "validation.organisationRegistration.publicDomain" : "validation.organisationRegistration.notYourDomain";
    throw new ValidationError("errors.fixBelow", fieldProblem("emailDomain", key, { domain: emailDomain }));
  }
}
