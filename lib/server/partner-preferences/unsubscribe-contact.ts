import "server-only";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockLinkContact } from "./link-contact";
import { setContactStatus } from "./set-contact-status";

export type UnsubscribeVia = "link" | "one-click";

/**
 * Stops every summary to the contact at once, and cancels mail already queued for them. Idempotent:
 * a second request (a mail client retrying the one-click POST) changes nothing and still succeeds.
 */
export async function unsubscribeContact(token: string, via: UnsubscribeVia): Promise<{ changed: boolean }> {
  return getDb().transaction(async (tx) => {
    const contact = await lockLinkContact(tx, token);
    // Bounced or complained contacts are already never mailed: keep the stronger status.
    if (contact.status !== "active") return { changed: false };
    const { cancelled } = await setContactStatus(tx, { ids: [contact.id] }, "unsubscribed");
    await recordAudit(tx, { actorId: null, action: "partner_contact.unsubscribed", subjectType: "partner_contact", subjectId: contact.id, details: { via, cancelled } });
    return { changed: true };
  });
}
