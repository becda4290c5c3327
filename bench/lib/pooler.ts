import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BenchTarget } from "./config";
import type { BenchContext } from "./run-bench";

/**
 * BENCH_POOLER=pgbouncer: the app under test connects through PgBouncer in transaction mode (as
 * behind Supabase's transaction pooler), started with scripts/pgbouncer.sh in front of the same
 * PostgreSQL server; unset (or "direct"): straight to PostgreSQL. The benchmark's own connections
 * (seeding, counting, CPU probes) stay direct. Any bench can call it before starting its server.
 */
export const POOLER = process.env.BENCH_POOLER ?? "direct";

/**
 * Points the target's server environment through the chosen pooler (changing `target.serverEnv`),
 * stopping the pooler when the run ends; returns a line saying how the app connects.
 */
export async function routeThroughPooler(context: BenchContext, target: BenchTarget): Promise<string> {
  if (POOLER === "direct") return "the app connects to PostgreSQL directly (BENCH_POOLER=pgbouncer for PgBouncer in transaction mode)";
  if (POOLER !== "pgbouncer") throw new Error(`BENCH_POOLER must be "direct" or "pgbouncer", not "${POOLER}"`);
  const direct = new URL(target.databaseUrl);
  const folder = mkdtempSync(join(tmpdir(), "lets-talk-pgbouncer-"));
  const port = await startPgbouncer(folder, direct.hostname, direct.port || "5432");
  context.atEnd.push(async () => {
    const pid = Number(readFileSync(join(folder, "pgbouncer.pid"), "utf8").trim());
    if (pid > 0) process.kill(pid, "SIGTERM");
    rmSync(folder, { recursive: true, force: true });
  });
  const pooled = new URL(target.databaseUrl);
  pooled.port = String(port);
  Object.assign(target.serverEnv, {
    DATABASE_URL: pooled.toString(),
    DATABASE_POOL_MODE: "transaction",
    DATABASE_MIGRATION_URL: target.databaseUrl,
  });
  const size = target.serverEnv.DATABASE_POOL_SIZE ?? "10 (the default)";
  return `the app connects through PgBouncer (transaction mode, pool_size 20) on port ${port}: DATABASE_POOL_MODE=transaction, ${size} connections per server process`;
}

function startPgbouncer(folder: string, host: string, port: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [join(process.cwd(), "scripts", "pgbouncer.sh"), folder, host, port], { stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const listening = Number(output.join("").trim().split("\n").at(-1));
      if (code === 0 && listening > 0) resolve(listening);
      else reject(new Error(`scripts/pgbouncer.sh exited with ${code}: ${output.join("")}`));
    });
  });
}
