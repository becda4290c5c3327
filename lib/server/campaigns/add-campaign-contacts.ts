import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { addContactsTo } from "./shared/campaign-contacts";
import { CAMPAIGN_WRITE_RATE, campaignWriteKey, findCampaign } from "./shared/campaign-rules";

/**
 * Adds the active contacts of the chosen partner organisations to a campaign, their organisation's
 * name filled in. Contacts who are not active are never added; suppressed addresses are skipped.
 */
export async function addCampaignContacts(officer: CurrentUser, campaignId: string, organisationIds: string[]): Promise<{ added: number; merged: number; skipped: number }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, campaignWriteKey(officer.id), CAMPAIGN_WRITE_RATE);
    await findCampaign(tx, campaignId, true);
    const result = await addContactsTo(tx, campaignId, organisationIds);
    await recordAudit(tx, { actorId: officer.id, action: "campaign.contacts_added", subjectType: "survey_campaign", subjectId: campaignId, details: { ...result, organisationIds } });
    return result;
  });
}
