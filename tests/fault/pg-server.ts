/**
 * A throwaway PostgreSQL server from the installed binaries (initdb, pg_ctl): its own data folder in
 * the temp directory and a spare port, so a test may kill it without touching anyone else's. As
 * root (CI), the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export type PgServer = {
  url: (database: string) => string;
  /** SIGKILL to the postmaster: the server dies as in a crash, with no shutdown. */
  kill: () => void;
  start: () => Promise<void>;
  destroy: () => void;
};

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function pg(binary: string, args: string[]): string {
  const [command, commandArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  return execFileSync(command, commandArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilAccepting(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", String(port)]).status === 0) return;
    await sleep(100);
  }
  throw new Error(`PostgreSQL on port ${port} did not start`);
}

export async function startPgServer(): Promise<PgServer> {
  const folder = mkdtempSync(path.join(tmpdir(), "lets-talk-pg-"));
  const data = path.join(folder, "data");
  const log = path.join(folder, "server.log");
  if (asRoot) execFileSync("chown", ["-R", "postgres", folder]);
  pg("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"]);
  const port = await sparePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=100`;
  const start = async () => {
    pg("pg_ctl", ["-D", data, "-l", log, "-o", options, "-w", "start"]);
    await waitUntilAccepting(port);
  };
  await start();
  const postmasterPid = () => Number(pg("head", ["-1", path.join(data, "postmaster.pid")]).trim());
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    kill: () => process.kill(postmasterPid(), "SIGKILL"),
    start,
    destroy: () => {
      spawnSync(asRoot ? "runuser" : "pg_ctl", asRoot ? ["-u", "postgres", "--", "pg_ctl", "-D", data, "-m", "immediate", "stop"] : ["-D", data, "-m", "immediate", "stop"]);
      if (asRoot) chownSync(folder, process.getuid?.() ?? 0, process.getgid?.() ?? 0);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
