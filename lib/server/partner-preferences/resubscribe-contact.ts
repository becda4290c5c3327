import "server-only";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockLinkContact } from "./link-contact";
import { setContactStatus } from "./set-contact-status";

/**
 * Undoes the contact's own unsubscribe. A bounced or complained address cannot be turned back on from
 * the link (whoever holds a forwarded link is not proof the mailbox works or wants mail again).
 */
export async function resubscribeContact(token: string): Promise<{ changed: boolean }> {
  return getDb().transaction(async (tx) => {
    const contact = await lockLinkContact(tx, token);
    if (contact.status === "active") return { changed: false };
    if (contact.status !== "unsubscribed") {
      throw new ConflictError("problems.partnerLink.suppressed");
    }
    await setContactStatus(tx, { ids: [contact.id] }, "active");
    await recordAudit(tx, { actorId: null, action: "partner_contact.resubscribed", subjectType: "partner_contact", subjectId: contact.id, details: { via: "link" } });
    return { changed: true };
  });
}
