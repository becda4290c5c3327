/**
 * The production server: `npm start`, and the container's (`npm run build` compiles this file into
 * .next/standalone/serve.mjs, which the Dockerfile runs with plain `node`). Serves the built app in
 * the current folder on PORT (default 3000) in WEB_CONCURRENCY processes (default 1) sharing the
 * port through Node's cluster module, so a server with several cores uses them all. More than one
 * process needs PostgreSQL (DATABASE_URL): the embedded database is one process only. Each process
 * keeps its own page cache; a write in one clears the others' (see lib/page-cache), and a process
 * that dies is replaced.
 *
 * Not Next's own standalone `server.js`: that one keeps an X-Forwarded-For a client wrote and adds
 * the socket's peer only when there is none, so a client could pick the address its limits count
 * against. This server always appends the peer (see lib/security/client-address.ts).
 */
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:http";
import path from "node:path";

/**
 * Next's configuration as `next build` wrote it beside the build: the same one in the project
 * folder and in the standalone folder, where next.config.js (and the tsx it needs) is not shipped.
 * Next reads it from this variable, as its own standalone server does.
 */
function adoptBuiltConfig(dir: string): void {
  const file = path.join(dir, ".next", "required-server-files.json");
  let config: unknown;
  try {
    ({ config } = JSON.parse(readFileSync(file, "utf8")) as { config: unknown });
  } catch {
    throw new Error(`No production build in ${dir}: run \`npm run build\` first.`);
  }
  Object.assign(process.env, { __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(config) });
}

/** The standalone build ships PostgreSQL's driver only: without DATABASE_URL it has no database. */
function checkEmbeddedDatabaseShipped(dir: string): void {
  try {
    createRequire(path.join(dir, "package.json")).resolve("@electric-sql/pglite");
  } catch {
    throw new Error("This build has no embedded database (a standalone or container build): set DATABASE_URL to a PostgreSQL database.");
  }
}

async function primary(processes: number, port: number): Promise<void> {
  const { relayPageCacheWrites } = await import("@/lib/page-cache/cluster");
  let stopping = false;
  for (let index = 0; index < processes; index += 1) cluster.fork();
  relayPageCacheWrites(cluster);
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`Server process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`Let's Talk on http://localhost:${port} with ${processes} server processes`);
}

async function serve(dir: string, port: number): Promise<void> {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { withSocketPeer } = await import("@/lib/security/client-address");
  const server = createServer((request, response) => {
    // As a proxy would: the socket's peer goes last in x-forwarded-for, where a client cannot write
    // it, and per-client limits read it from there (see lib/security/client-address.ts).
    request.headers["x-forwarded-for"] = withSocketPeer(request.headers["x-forwarded-for"], request.socket.remoteAddress);
    void handle(request, response);
  }).listen(port, () => {
    if (cluster.isPrimary) console.log(`Let's Talk on http://localhost:${port}`);
  });
  // A container is stopped with SIGTERM: finish the requests in flight, then exit.
  if (cluster.isPrimary) process.once("SIGTERM", () => server.close(() => process.exit(0)));
}

async function main(): Promise<void> {
  // As `next start` does: a production server unless told otherwise (read by lib/env and by Next).
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const { env } = await import("@/lib/env");
  const dir = process.cwd();
  adoptBuiltConfig(dir);
  if (!env.DATABASE_URL) checkEmbeddedDatabaseShipped(dir);
  if (cluster.isPrimary && env.WEB_CONCURRENCY > 1) await primary(env.WEB_CONCURRENCY, env.PORT);
  else await serve(dir, env.PORT);
}

main().catch((error: unknown) => {
  console.error("The server could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
