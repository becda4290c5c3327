import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { campaignRecipients, emailOutbox, emailSuppressions } from "@/lib/db/schema";

const COLUMN = {
  "email.delivered": "deliveredAt",
  "email.opened": "openedAt",
} as const;

/**
 * What a provider event means for the campaign recipient its email went to: delivered and opened
 * are noted (the first time), a hard bounce or complaint stops them. Every suppressed address
 * (campaign mail or not) goes on the suppression list, so no campaign writes to it again.
 */
export async function recordCampaignEvent(tx: Executor, type: string, providerMessageId: string | undefined, suppressed: { reason: "bounced" | "complained"; emails: string[] } | null, now: Date): Promise<number> {
  if (suppressed && suppressed.emails.length) {
    await tx
      .insert(emailSuppressions)
      .values(suppressed.emails.map((email) => ({ email, reason: suppressed.reason })))
      .onConflictDoNothing();
  }
  if (!providerMessageId) return 0;
  const column = type in COLUMN ? COLUMN[type as keyof typeof COLUMN] : suppressed?.reason === "bounced" ? "bouncedAt" : suppressed ? "unsubscribedAt" : null;
  if (!column) return 0;
  const updated = await tx
    .update(campaignRecipients)
    .set({ [column]: sql`coalesce(${campaignRecipients[column]}, ${now.toISOString()}::timestamptz)` })
    .where(
      sql`${campaignRecipients.id} in ${tx
        .select({ id: emailOutbox.campaignRecipientId })
        .from(emailOutbox)
        .where(and(eq(emailOutbox.providerMessageId, providerMessageId), isNotNull(emailOutbox.campaignRecipientId)))}`,
    )
    .returning({ id: campaignRecipients.id });
  return updated.length;
}
