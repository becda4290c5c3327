import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { emailEvents, emailOutbox } from "@/lib/db/schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { recordCampaignEvent } from "@/lib/server/campaigns/shared/record-campaign-event";
import { setContactStatus } from "@/lib/server/partner-preferences/set-contact-status";
import type { TResendWebhookEvent } from "@/lib/validations/resend-webhook";

export type EmailEventOutcome =
  | { recorded: false; reason: "duplicate" }
  | { recorded: true; suppressed: "bounced" | "complained" | null; contacts: number; cancelled: number };

/** A hard bounce or a complaint stops mail to the address; a soft (transient) bounce does not. */
function suppressionFor(event: TResendWebhookEvent): "bounced" | "complained" | null {
  if (event.type === "email.complained") return "complained";
  if (event.type === "email.bounced" && event.data?.bounce?.type?.toLowerCase() === "permanent") return "bounced";
  return null;
}

function recipients(event: TResendWebhookEvent): string[] {
  const to = event.data?.to;
  return (Array.isArray(to) ? to : to ? [to] : []).map((address) => address.trim().toLowerCase()).filter(Boolean);
}

async function markOutbox(tx: Executor, providerMessageId: string | undefined, status: "bounced" | "complained") {
  if (!providerMessageId) return [];
  return tx
    .update(emailOutbox)
    .set({ status })
    .where(and(eq(emailOutbox.providerMessageId, providerMessageId), inArray(emailOutbox.status, ["sent", "bounced", "complained"])))
    .returning({ id: emailOutbox.id, toAddress: emailOutbox.toAddress });
}

/**
 * Records one verified provider event, once: the delivery id is the key, so a redelivery changes
 * nothing. Delivered and opened are noted on a campaign recipient. A hard bounce or complaint marks
 * the sent email, suppresses the address (partner contacts, campaign recipients, the suppression
 * list) and cancels their queued mail, all in one transaction with an audit entry.
 */
export async function recordEmailEvent(deliveryId: string, event: TResendWebhookEvent): Promise<EmailEventOutcome> {
  return getDb().transaction(async (tx) => {
    const addresses = recipients(event);
    const inserted = await tx
      .insert(emailEvents)
      .values({ id: deliveryId, type: event.type, providerMessageId: event.data?.email_id ?? null, address: addresses.join(", ") || null, payload: event })
      .onConflictDoNothing({ target: emailEvents.id })
      .returning({ id: emailEvents.id });
    if (inserted.length === 0) return { recorded: false, reason: "duplicate" };

    const status = suppressionFor(event);
    if (!status) {
      await recordCampaignEvent(tx, event.type, event.data?.email_id, null, new Date());
      return { recorded: true, suppressed: null, contacts: 0, cancelled: 0 };
    }
    const marked = await markOutbox(tx, event.data?.email_id, status);
    // Our mail goes to one address per message: trust the outbox's address over the payload's when they match up.
    const suppressed = marked.length > 0 ? marked.map((row) => row.toAddress) : addresses;
    await recordCampaignEvent(tx, event.type, event.data?.email_id, { reason: status, emails: suppressed }, new Date());
    const { contactIds, cancelled } = await setContactStatus(tx, { emails: suppressed }, status);
    await recordAudit(tx, {
      actorId: null,
      action: `email.${status}`,
      subjectType: "email_event",
      subjectId: deliveryId,
      details: { providerMessageId: event.data?.email_id ?? null, outboxIds: marked.map((row) => row.id), contactIds, cancelled, bounceType: event.data?.bounce?.type ?? null },
    });
    return { recorded: true, suppressed: status, contacts: contactIds.length, cancelled };
  });
}
