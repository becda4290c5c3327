import "server-only";
import { getDatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { dispatchPendingEmails } from "@/lib/email/dispatch";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

const store = globalThis as typeof globalThis & { __letsTalkDispatcher?: NodeJS.Timeout };

/**
 * Server start: the embedded database applies pending migrations (a hosted database is migrated
 * with `npm run db:migrate` or `supabase db push`), and, when a provider is configured, a loop sends
 * due email so retries happen even without a cron job.
 */
export async function startServer(): Promise<void> {
  const handle = getDatabaseHandle();
  if (handle.kind === "pglite") {
    await migrateDatabase(handle);
    logger.info({ dir: env.PGLITE_DIR }, "Embedded database ready");
  }
  if (env.RESEND_API_KEY && env.EMAIL_DISPATCH_INTERVAL_SECONDS > 0 && !store.__letsTalkDispatcher) {
    store.__letsTalkDispatcher = setInterval(() => {
      dispatchPendingEmails().catch((error: unknown) => logger.error({ err: error }, "Email dispatch failed; it will be retried"));
    }, env.EMAIL_DISPATCH_INTERVAL_SECONDS * 1000);
    store.__letsTalkDispatcher.unref();
  }
}
