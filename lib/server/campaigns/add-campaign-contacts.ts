import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { organisations, partnerContacts } from "@/lib/db/schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { blockedAddresses, CAMPAIGN_WRITE_RATE, campaignWriteKey, findCampaign, saveRecipients } from "./shared/campaign-rules";

/**
 * Adds the active contacts of the chosen partner organisations to a campaign, their organisation's
 * name filled in. Contacts who are not active are never added; suppressed addresses are skipped.
 */
export async function addCampaignContacts(officer: CurrentUser, campaignId: string, organisationIds: string[]): Promise<{ added: number; merged: number; skipped: number }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, campaignWriteKey(officer.id), CAMPAIGN_WRITE_RATE);
    await findCampaign(tx, campaignId, true);
    const contacts = await tx
      .select({ id: partnerContacts.id, email: partnerContacts.email, name: partnerContacts.name, organisationName: organisations.name, sector: organisations.sicSection, sizeBand: organisations.sizeBand })
      .from(partnerContacts)
      .innerJoin(organisations, eq(organisations.id, partnerContacts.organisationId))
      .where(and(inArray(partnerContacts.organisationId, organisationIds), eq(partnerContacts.status, "active")));
    const blocked = await blockedAddresses(tx, contacts.map((contact) => contact.email));
    const allowed = contacts.filter((contact) => !blocked.has(contact.email));
    const saved = await saveRecipients(
      tx,
      campaignId,
      "partner contacts",
      allowed.map(({ id, ...contact }) => ({ ...contact, contactId: id })),
    );
    const result = { ...saved, skipped: contacts.length - allowed.length };
    await recordAudit(tx, { actorId: officer.id, action: "campaign.contacts_added", subjectType: "survey_campaign", subjectId: campaignId, details: { ...result, organisationIds } });
    return result;
  });
}
