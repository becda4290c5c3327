import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * PGlite has no lock of its own: two processes on one folder lose writes silently. Every process
 * that opens an embedded database folder writes `<folder>.pid`; a second process refuses to open
 * it while the first is alive, with a message saying what to do. A file left by a crashed process
 * (its pid no longer running) is taken over.
 */
export class EmbeddedDatabaseBusy extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(
      `The embedded database in ${dir} is open in another process (pid ${pid}, probably \`npm run dev\` or \`npm start\`). ` +
        "PGlite allows one process at a time: stop that server first, or set DATABASE_URL to use PostgreSQL.",
    );
    this.name = "EmbeddedDatabaseBusy";
  }
}

function lockPath(dir: string): string {
  return `${dir.replace(/[\\/]+$/, "")}.pid`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const claimed = new Set<string>();

export function claimEmbeddedDatabase(dir: string): void {
  const path = lockPath(dir);
  if (existsSync(path)) {
    const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) throw new EmbeddedDatabaseBusy(dir, holder);
  }
  writeFileSync(path, String(process.pid));
  if (claimed.size === 0) process.once("exit", () => claimed.forEach(releaseEmbeddedDatabase));
  claimed.add(dir);
}

export function releaseEmbeddedDatabase(dir: string): void {
  claimed.delete(dir);
  const path = lockPath(dir);
  try {
    if (Number.parseInt(readFileSync(path, "utf8"), 10) === process.pid) rmSync(path);
  } catch {
    // Already gone.
  }
}
