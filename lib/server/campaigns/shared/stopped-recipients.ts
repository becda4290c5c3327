import "server-only";
import { isNotNull, or, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { campaignRecipients, emailSuppressions } from "@/lib/db/schema";

/**
 * Recipients no campaign mail may reach any more, as a subquery of ids: they answered,
 * unsubscribed, bounced, had their link revoked, or their address is suppressed.
 */
export function stoppedRecipients(executor: Executor) {
  return executor
    .select({ id: campaignRecipients.id })
    .from(campaignRecipients)
    .where(
      or(
        isNotNull(campaignRecipients.submittedAt),
        isNotNull(campaignRecipients.unsubscribedAt),
        isNotNull(campaignRecipients.bouncedAt),
        isNotNull(campaignRecipients.revokedAt),
        sql`exists (select 1 from ${emailSuppressions} where ${emailSuppressions.email} = ${campaignRecipients.email})`,
      ),
    );
}
