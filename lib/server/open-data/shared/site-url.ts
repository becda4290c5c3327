import "server-only";
import { env } from "@/lib/env";

/** An absolute address on the site (AUTH_URL's origin): open data is read off the site, so its links must work there. */
export function siteUrl(path: string): string {
  return new URL(path, new URL(env.AUTH_URL).origin).toString();
}

