import type postgres from "postgres";
import type { BenchTarget } from "./config";
import { dropDatabase } from "./database";
import { stopServer, type Server } from "./server";

export interface BenchContext {
  /** Prints a step with the seconds since the start. */
  step: (message: string) => void;
  /** What to stop at the end (also on failure or Ctrl-C): set them as they start. */
  server: Server | null;
  sql: postgres.Sql | null;
  /** Anything else started for the run (a PgBouncer), stopped after the server, in reverse order. */
  atEnd: (() => Promise<void>)[];
}

/**
 * Runs a benchmark's body, then always stops its server, closes its connections and drops its
 * database (unless BENCH_KEEP_DATABASE=1), also when interrupted; exits with the body's code.
 */
export function runBench(target: BenchTarget, body: (context: BenchContext) => Promise<number>, closeOther: () => Promise<void> = async () => undefined): void {
  const started = Date.now();
  const context: BenchContext = {
    step: (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`),
    server: null,
    sql: null,
    atEnd: [],
  };
  let stopping = false;
  const cleanUp = async () => {
    if (stopping) return;
    stopping = true;
    if (context.server) await stopServer(context.server);
    if (context.sql) await context.sql.end({ timeout: 5 }).catch(() => undefined);
    for (const stop of context.atEnd.reverse()) await stop().catch((error: unknown) => console.error("Could not stop:", error));
    await closeOther().catch(() => undefined);
    if (process.env.BENCH_KEEP_DATABASE === "1") console.log(`BENCH_KEEP_DATABASE=1: kept ${target.databaseUrl} (drop it with \`npx tsx scripts/pg-database.ts drop ${target.databaseName}\`)`);
    else await dropDatabase(target).catch((error: unknown) => console.error("Could not drop the benchmark database:", error));
  };
  const interrupted = () => {
    console.error("\nInterrupted: stopping the server and dropping the database.");
    void cleanUp().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  const main = async () => {
    try {
      return await body(context);
    } finally {
      context.step("stopping the server and cleaning up");
      await cleanUp();
    }
  };
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
