import "server-only";
import type { Executor } from "@/lib/db/client";
import { organisationMembershipEmail, type MembershipEmail } from "@/lib/email/templates/organisation-membership";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";

/** Queues one membership email (in the caller's transaction), once per key. */
export async function queueMembershipEmail(tx: Executor, to: string, key: string, email: MembershipEmail): Promise<void> {
  await enqueueEmail(tx, { to, category: "organisation", idempotencyKey: key, ...organisationMembershipEmail(email) });
}

/** The organisation page, as a full link for emails. */
export const organisationPageUrl = () => `${env.AUTH_URL}/organisation`;
