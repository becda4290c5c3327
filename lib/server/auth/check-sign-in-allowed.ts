import "server-only";
import { getDb } from "@/lib/db/client";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** Limits sign-in links: 5 per address and 30 per network address in 15 minutes. */
export async function checkSignInAllowed(input: { email: string; ip: string }): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `sign-in:email:${input.email.toLowerCase()}`, { limit: 5, windowSeconds: 900 });
    await consumeRateLimit(tx, `sign-in:ip:${input.ip}`, { limit: 30, windowSeconds: 900 });
  });
}
