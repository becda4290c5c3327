import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { campaignRecipients, emailSuppressions, partnerContacts, surveyCampaigns, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { SizeBand } from "@/lib/domain/surveys/organisation";

/** Officers' writes to campaigns (imports, sends, revokes): generous, but not a script's loop. */
export const CAMPAIGN_WRITE_RATE = { limit: 120, windowSeconds: 3600 };
export const campaignWriteKey = (officerId: string) => `campaign-write:${officerId}`;

/** A list of text values as one array parameter: ten thousand addresses are one parameter, not ten thousand. */
const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

/** The campaign and its survey; `lock` holds the campaign row until the transaction ends. */
export async function findCampaign(tx: Executor, campaignId: string, lock = false) {
  const query = tx
    .select({ campaign: surveyCampaigns, survey: { id: surveys.id, title: surveys.title, slug: surveys.slug, status: surveys.status, opensAt: surveys.opensAt, closesAt: surveys.closesAt } })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(eq(surveyCampaigns.id, campaignId));
  const [row] = lock ? await query.for("update", { of: surveyCampaigns }) : await query;
  if (!row) throw new NotFoundError("problems.campaign.notFound");
  return row;
}

/** Why an address gets no campaign mail, by address: suppressed, or a partner contact who is not active. */
export async function blockedAddresses(tx: Executor, emails: string[]): Promise<Map<string, "suppressed" | "inactiveContact">> {
  const blocked = new Map<string, "suppressed" | "inactiveContact">();
  if (emails.length === 0) return blocked;
  const inactive = await tx
    .select({ email: partnerContacts.email })
    .from(partnerContacts)
    .where(and(sql`${partnerContacts.email} = any(${textArray(emails)})`, sql`${partnerContacts.status} <> 'active'`));
  for (const row of inactive) blocked.set(row.email, "inactiveContact");
  const suppressed = await tx.select({ email: emailSuppressions.email }).from(emailSuppressions).where(sql`${emailSuppressions.email} = any(${textArray(emails)})`);
  for (const row of suppressed) blocked.set(row.email, "suppressed");
  return blocked;
}

/** The addresses among these that are already the campaign's recipients. */
export async function existingRecipients(tx: Executor, campaignId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await tx
    .select({ email: campaignRecipients.email })
    .from(campaignRecipients)
    .where(and(eq(campaignRecipients.campaignId, campaignId), sql`${campaignRecipients.email} = any(${textArray(emails)})`));
  return new Set(rows.map((row) => row.email));
}

const INSERT_BATCH = 2000;

type RecipientInput = { email: string; name: string | null; organisationName: string | null; sector: string | null; sizeBand: SizeBand | null; locale: Locale | null; contactId?: string | null };

/**
 * Adds recipients in multi-row inserts. An address already on the campaign is merged: what the
 * list adds fills the details the recipient lacked. Returns how many were new and how many merged.
 */
export async function saveRecipients(tx: Executor, campaignId: string, listName: string, rows: RecipientInput[]): Promise<{ added: number; merged: number }> {
  let added = 0;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = rows.slice(start, start + INSERT_BATCH);
    const saved = await tx
      .insert(campaignRecipients)
      .values(batch.map((row) => ({ campaignId, listName, email: row.email, name: row.name, organisationName: row.organisationName, sector: row.sector, sizeBand: row.sizeBand, locale: row.locale, contactId: row.contactId ?? null })))
      .onConflictDoUpdate({
        target: [campaignRecipients.campaignId, campaignRecipients.email],
        set: {
          name: sql`coalesce(${campaignRecipients.name}, excluded.name)`,
          organisationName: sql`coalesce(${campaignRecipients.organisationName}, excluded.organisation_name)`,
          sector: sql`coalesce(${campaignRecipients.sector}, excluded.sector)`,
          sizeBand: sql`coalesce(${campaignRecipients.sizeBand}, excluded.size_band)`,
          contactId: sql`coalesce(${campaignRecipients.contactId}, excluded.contact_id)`,
          locale: sql`coalesce(${campaignRecipients.locale}, excluded.locale)`,
        },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    added += saved.filter((row) => row.inserted).length;
  }
  return { added, merged: rows.length - added };
}
