import "server-only";
import { getDb } from "@/lib/db/client";
import { createResendSender } from "@/lib/email/resend-sender";
import type { EmailSender } from "@/lib/email/message";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { dispatchDueEmails, type DispatchReport } from "./dispatch-due-emails";

/** The configured provider, or null when none is: mail then stays in the console outbox. */
function configuredSender(): EmailSender | null {
  if (!env.RESEND_API_KEY) return null;
  return createResendSender({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL });
}

/** Sends the outbox's due mail now; null when no provider is configured. */
export async function dispatchPendingEmails(): Promise<DispatchReport | null> {
  const sender = configuredSender();
  if (!sender) return null;
  return dispatchDueEmails({ db: getDb(), sender, from: env.EMAIL_FROM });
}

/** Runs work once the current response has gone: the server hands in Next's `after` at start-up. */
type Defer = (work: () => Promise<void>) => void;
const slot = globalThis as typeof globalThis & { __letsTalkDefer?: Defer };

/**
 * How `dispatchSoon` defers its work. The server registers Next's `after` (instrumentation.ts), so
 * use cases stay free of the framework; scripts and tests keep the default, which starts the work
 * at once without waiting for it.
 */
export function deferDispatchWith(defer: Defer): void {
  slot.__letsTalkDefer = defer;
}

/** Sends due mail after the current response has gone; the interval loop and cron catch anything missed. */
export function dispatchSoon(): void {
  if (!env.RESEND_API_KEY) return;
  const defer: Defer = slot.__letsTalkDefer ?? ((work) => void work());
  defer(async () => {
    try {
      await dispatchPendingEmails();
    } catch (error) {
      logger.error({ err: error }, "Email dispatch failed; it will be retried");
    }
  });
}
