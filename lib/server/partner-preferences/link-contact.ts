import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { partnerContacts } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { verifyContactToken } from "@/lib/server/partners/shared/contact-link";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** Says nothing about whether the contact exists: a forged link and a deleted contact look the same. */
export class InvalidLinkError extends NotFoundError {
  constructor() {
    super("problems.partnerLink.invalid");
  }
}

/** Writes through one link: enough for a person changing their mind, not for a script. */
const LINK_WRITES = { limit: 20, windowSeconds: 600 };

/**
 * The contact a signed link is for, locked for the caller's transaction, after counting one write
 * against the link's rate limit. Throws InvalidLinkError for a tampered link or a removed contact.
 */
export async function lockLinkContact(tx: Executor, token: string) {
  const contactId = verifyContactToken(token);
  if (!contactId) throw new InvalidLinkError();
  await consumeRateLimit(tx, `partner-link:${contactId}`, LINK_WRITES);
  const [contact] = await tx
    .select({ id: partnerContacts.id, status: partnerContacts.status })
    .from(partnerContacts)
    .where(eq(partnerContacts.id, contactId))
    .for("update");
  if (!contact) throw new InvalidLinkError();
  return contact;
}
