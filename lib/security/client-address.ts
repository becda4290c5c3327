/**
 * The network address a request came from, as the proxy in front of the app reports it (first
 * x-forwarded-for entry, else x-real-ip): used only to key generous rate limits for people without an
 * account, never stored with what they send.
 */
export function clientAddress(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}
