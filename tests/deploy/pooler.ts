import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type Pooler = { url: (database: string) => string; stop: () => void };

/**
 * PgBouncer in transaction mode in front of the PostgreSQL server at `serverUrl`, as Supabase's
 * transaction pooler (port 6543) stands in front of a project's database: scripts/pgbouncer.sh, as CI
 * runs the integration tests through it.
 */
export function startPooler(serverUrl: string): Pooler {
  const server = new URL(serverUrl);
  const dir = mkdtempSync(path.join(tmpdir(), "lets-talk-deploy-pgbouncer-"));
  const started = spawnSync("bash", ["scripts/pgbouncer.sh", dir, server.hostname, server.port || "5432"], { encoding: "utf8", timeout: 30_000 });
  if (started.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PgBouncer did not start (Debian: apt-get install pgbouncer):\n${started.stderr}`);
  }
  const port = started.stdout.trim();
  return {
    url(database) {
      const url = new URL(serverUrl);
      url.port = port;
      url.pathname = `/${database}`;
      return url.toString();
    },
    stop() {
      try {
        process.kill(Number(readFileSync(path.join(dir, "pgbouncer.pid"), "utf8")), "SIGTERM");
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
