import "server-only";
import { env } from "@/lib/env";
import { signId, verifySignedId } from "@/lib/security/signed-id";

/**
 * Signed links that let a partner contact manage their summaries without an account. The token is
 * the contact id and an HMAC of it under AUTH_SECRET: changing any character makes it invalid.
 */
const PURPOSE = "partner-contact-link:v1";

export function contactToken(contactId: string): string {
  return signId(PURPOSE, contactId);
}

/** The contact id a token was made for, or null for anything tampered with or malformed. */
export function verifyContactToken(token: string): string | null {
  return verifySignedId(PURPOSE, token);
}

/** The page where the contact changes themes, frequency and language, or unsubscribes. */
export function preferencesUrl(contactId: string): string {
  return `${env.AUTH_URL}/partners/preferences/${contactToken(contactId)}`;
}

/** The RFC 8058 one-click endpoint: a POST with `List-Unsubscribe=One-Click` unsubscribes at once. */
function oneClickUnsubscribeUrl(contactId: string): string {
  return `${env.AUTH_URL}/api/partners/unsubscribe/${contactToken(contactId)}`;
}

/** Headers every partner email carries, so mail clients show their own unsubscribe button. */
export function unsubscribeHeaders(contactId: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(contactId)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
