/**
 * The production server: `npm start`. Serves the built app on PORT (default 3000) in WEB_CONCURRENCY
 * processes (default 1) sharing the port through Node's cluster module, so a server with several
 * cores uses them all. More than one process needs PostgreSQL (DATABASE_URL): the embedded database
 * is one process only. Each process keeps its own page cache; a write in one clears the others'
 * (see lib/page-cache), and a process that dies is replaced.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";

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

async function serve(port: number): Promise<void> {
  const { default: next } = await import("next");
  const app = next({ dev: false, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { withSocketPeer } = await import("@/lib/security/client-address");
  createServer((request, response) => {
    // As a proxy would: the socket's peer goes last in x-forwarded-for, where a client cannot write
    // it, and per-client limits read it from there (see lib/security/client-address.ts).
    request.headers["x-forwarded-for"] = withSocketPeer(request.headers["x-forwarded-for"], request.socket.remoteAddress);
    void handle(request, response);
  }).listen(port, () => {
    if (cluster.isPrimary) console.log(`Let's Talk on http://localhost:${port}`);
  });
}

async function main(): Promise<void> {
  // As `next start` does: a production server unless told otherwise (read by lib/env and by Next).
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const { env } = await import("@/lib/env");
  if (cluster.isPrimary && env.WEB_CONCURRENCY > 1) await primary(env.WEB_CONCURRENCY, env.PORT);
  else await serve(env.PORT);
}

main().catch((error: unknown) => {
  console.error("The server could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
