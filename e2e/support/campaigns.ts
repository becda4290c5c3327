import { createHmac } from "node:crypto";
import { sql } from "./db";
import { E2E_AUTH_SECRET } from "./settings";

/** A signed id as lib/security/signed-id.ts makes it (server code): the id, a dot, an HMAC of purpose and id. */
const signed = (purpose: string, id: string) => `${id}.${createHmac("sha256", E2E_AUTH_SECRET).update(`${purpose}:${id}`).digest("base64url")}`;

/** A campaign recipient's personal link token. */
export const campaignLinkToken = (recipientId: string) => signed("campaign-link:v1", recipientId);
/** The token of a campaign email's unsubscribe link. */
export const campaignUnsubscribeToken = (recipientId: string) => signed("campaign-unsubscribe:v1", recipientId);

/** A sent campaign for the survey with one invited recipient whose link is live, inserted directly. */
export async function createInvitedRecipient(surveyId: string, name: string): Promise<{ campaignId: string; recipientId: string; campaignName: string }> {
  const campaignName = `Campaign ${name}`;
  const [campaign] = await sql<{ id: string }[]>`insert into survey_campaigns (survey_id, name, status, reminder_days, sent_at)
    values (${surveyId}, ${campaignName}, 'sent', ${sql.json([7])}, now()) returning id`;
  if (!campaign) throw new Error("campaign not created");
  const [recipient] = await sql<{ id: string }[]>`insert into campaign_recipients (campaign_id, email, name, list_name, invited_at, expires_at)
    values (${campaign.id}, ${`${name.toLowerCase().replace(/\W+/g, "-")}@example.net`}, ${name}, 'e2e', now(), now() + interval '30 days') returning id`;
  if (!recipient) throw new Error("recipient not created");
  return { campaignId: campaign.id, recipientId: recipient.id, campaignName };
}
