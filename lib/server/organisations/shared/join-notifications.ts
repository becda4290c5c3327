import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { organisationMembershipEmail, type MembershipEmail } from "@/lib/email/templates/organisation-membership";
import { env } from "@/lib/env";
import { knownLocale } from "@/lib/i18n/locales";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";

/** Queues one membership email (in the caller's transaction), once per key, in the recipient's language when they have an account. */
export async function queueMembershipEmail(tx: Executor, to: string, key: string, email: MembershipEmail): Promise<void> {
  const [recipient] = await tx.select({ locale: users.locale }).from(users).where(eq(users.email, to.toLowerCase()));
  await enqueueEmail(tx, { to, category: "organisation", idempotencyKey: key, ...organisationMembershipEmail(email, knownLocale(recipient?.locale)) });
}

/** The organisation page, as a full link for emails. */
export const organisationPageUrl = () => `${env.AUTH_URL}/organisation`;
