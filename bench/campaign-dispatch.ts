/**
 * The dispatcher as its own process, for bench/campaign.ts's crash test: sends the outbox through
 * the benchmark's fake provider in batches until nothing is due, then prints one JSON line.
 *   node --import tsx --conditions=react-server bench/campaign-dispatch.ts <perSecond> [<minutes ahead>]
 * "Minutes ahead" runs the dispatcher's clock forward, so rows a killed dispatcher left "sending"
 * count as stale and are claimed again (as they would be ten minutes later).
 */
import "./lib/campaign-bench-env";
import postgres from "postgres";
import { closeDatabase, getDatabaseHandle } from "@/lib/db/client";
import { dispatchDueEmails } from "@/lib/server/outbox/dispatch-due-emails";
import { CAMPAIGN_BENCH } from "./lib/config";
import { fakeProvider } from "./lib/fake-provider";

async function main(perSecond: number, minutesAhead: number): Promise<void> {
  const sql = postgres(CAMPAIGN_BENCH.databaseUrl, { max: 2, onnotice: () => undefined });
  const sender = fakeProvider(sql);
  const { db } = getDatabaseHandle();
  let sent = 0;
  const started = performance.now();
  try {
    for (;;) {
      const now = new Date(Date.now() + minutesAhead * 60_000);
      const report = await dispatchDueEmails({ db, sender, from: "bench@example.org", now, limit: 100, perSecond });
      sent += report.sent;
      if (report.claimed === 0) break;
    }
  } finally {
    await sql.end();
    await closeDatabase(getDatabaseHandle());
  }
  console.log(JSON.stringify({ sent, seconds: (performance.now() - started) / 1000 }));
}

main(Number(process.argv[2] ?? 500), Number(process.argv[3] ?? 0)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
