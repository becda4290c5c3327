import "server-only";
import { after } from "next/server";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { dispatchDueEmails, type DispatchReport } from "./dispatcher";
import type { EmailSender } from "./message";
import { createResendSender } from "./resend-sender";

/** The configured provider, or null when none is: mail then stays in the console outbox. */
export function configuredSender(): EmailSender | null {
  if (!env.RESEND_API_KEY) return null;
  return createResendSender({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL });
}

export async function dispatchPendingEmails(): Promise<DispatchReport | null> {
  const sender = configuredSender();
  if (!sender) return null;
  return dispatchDueEmails({ db: getDb(), sender, from: env.EMAIL_FROM });
}

/** Sends due mail after the current response has gone; the interval loop and cron catch anything missed. */
export function dispatchSoon(): void {
  if (!env.RESEND_API_KEY) return;
  after(async () => {
    try {
      await dispatchPendingEmails();
    } catch (error) {
      logger.error({ err: error }, "Email dispatch failed; it will be retried");
    }
  });
}
