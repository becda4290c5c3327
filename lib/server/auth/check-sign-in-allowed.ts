import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

const SIGN_IN_EMAIL_RATE = { limit: 5, windowSeconds: 900 };
const SIGN_IN_CLIENT_RATE = { limit: 30, windowSeconds: 900 };
/** Links for addresses with no account yet (each makes an account when used), per network address. */
const NEW_ACCOUNT_CLIENT_RATE = { limit: 20, windowSeconds: 3600 };

/**
 * Limits sign-in links: 5 per address and 30 per network address in 15 minutes, and 20 an hour per
 * network address for addresses that have no account yet. Every path that sends a link calls this.
 */
export async function checkSignInAllowed(input: { email: string; ip: string }): Promise<void> {
  const email = input.email.toLowerCase();
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `sign-in:email:${email}`, SIGN_IN_EMAIL_RATE);
    await consumeRateLimit(tx, `sign-in:ip:${input.ip}`, SIGN_IN_CLIENT_RATE);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) return;
    try {
      await consumeRateLimit(tx, `new-account:ip:${input.ip}`, NEW_ACCOUNT_CLIENT_RATE);
    } catch (error) {
      if (error instanceof RateLimitedError) throw new RateLimitedError(error.retryAfterSeconds, "new_accounts");
      throw error;
    }
  });
}
