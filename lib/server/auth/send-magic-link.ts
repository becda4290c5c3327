import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { dispatchSoon } from "@/lib/server/outbox/dispatch-pending-emails";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { signInEmail } from "@/lib/email/templates/sign-in";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { MAGIC_LINK_MINUTES, SITE_NAME } from "@/lib/domain/access/sign-in-settings";

/** Auth.js's sendVerificationRequest: the link goes into the outbox, never straight to a provider. */
export async function sendMagicLink(input: { email: string; url: string; token: string; locale: Locale }): Promise<void> {
  const message = signInEmail({ url: input.url, minutes: MAGIC_LINK_MINUTES, siteName: SITE_NAME, locale: input.locale });
  await enqueueEmail(getDb(), {
    to: input.email,
    ...message,
    category: "sign-in",
    idempotencyKey: `sign-in:${createHash("sha256").update(input.token).digest("hex")}`,
  });
  if (!env.RESEND_API_KEY && env.NODE_ENV === "development") {
    logger.info({ to: input.email, signInLink: input.url }, "No email provider configured: sign-in link kept in the outbox");
  }
  dispatchSoon();
}
