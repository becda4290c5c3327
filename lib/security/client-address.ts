import { env } from "@/lib/env";

/**
 * The network address a request came from: used only to key rate limits for people without an
 * account, never stored with what they send.
 *
 * `x-forwarded-for` lists addresses left to right, each proxy appending the address it was reached
 * from; `npm start`'s server (scripts/serve.ts) appends the socket's own peer last, and Vercel
 * replaces the header with the client's address. Anything to the left of what trusted proxies added
 * was written by the client and is ignored: with `trustedHops` proxies in front of the app (set by
 * TRUSTED_PROXY_HOPS), the client is the entry that many places left of the last one. With none, it is
 * the last entry: the socket's peer.
 */
export function clientAddress(headers: Headers, trustedHops: number = env.TRUSTED_PROXY_HOPS): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return null;
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? null;
}

/**
 * For a server that faces the network itself: `x-forwarded-for` with the socket's peer appended, as
 * a proxy would, so `clientAddress` can tell what the client wrote from what it cannot forge.
 */
export function withSocketPeer(forwardedFor: string | string[] | undefined, peer: string | undefined): string | undefined {
  const written = Array.isArray(forwardedFor) ? forwardedFor.join(", ") : forwardedFor;
  if (!peer) return written;
  return written ? `${written}, ${peer}` : peer;
}
