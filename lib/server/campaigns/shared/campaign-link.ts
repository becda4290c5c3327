import "server-only";
import { env } from "@/lib/env";
import { signId, verifySignedId } from "@/lib/security/signed-id";

/**
 * A campaign recipient's personal link: their row id and an HMAC of it (purpose campaign-link:v1)
 * under AUTH_SECRET. Unguessable, recomputable (reminders carry the same link), and good for this
 * one recipient's response only; the row's expires_at and revoked_at end it.
 */
const PURPOSE = "campaign-link:v1";
const UNSUBSCRIBE_PURPOSE = "campaign-unsubscribe:v1";

export const campaignToken = (recipientId: string) => signId(PURPOSE, recipientId);
export const verifyCampaignToken = (token: string) => verifySignedId(PURPOSE, token);

export function invitationUrl(recipientId: string): string {
  return `${env.AUTH_URL}/surveys/invitations/${campaignToken(recipientId)}`;
}

/** The unsubscribe token is a different purpose: a forwarded survey link cannot unsubscribe anyone. */
export const verifyUnsubscribeToken = (token: string) => verifySignedId(UNSUBSCRIBE_PURPOSE, token);

/** The page, linked from every campaign email, where the person stops all survey invitations. */
export function unsubscribePageUrl(recipientId: string): string {
  return `${env.AUTH_URL}/campaigns/unsubscribe/${signId(UNSUBSCRIBE_PURPOSE, recipientId)}`;
}

/** RFC 8058 headers for campaign mail: a one-click POST suppresses the address. */
export function campaignUnsubscribeHeaders(recipientId: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${env.AUTH_URL}/api/campaigns/unsubscribe/${signId(UNSUBSCRIBE_PURPOSE, recipientId)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
