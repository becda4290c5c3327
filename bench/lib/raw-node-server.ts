/**
 * The raw Node baseline's server, run in its own process by bench/lib/baselines.ts: a plain
 * node:http server in RAW_PROCESSES cluster workers (as scripts/serve.ts runs the app) answering
 * every request with the bytes of RAW_BODY_FILE and the headers in RAW_HEADERS (JSON). It listens on
 * RAW_PORT (0: any free port, shared by the workers) and prints `listening <port>` once every
 * worker is listening.
 */
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const processes = Number(process.env.RAW_PROCESSES ?? 1);
const port = Number(process.env.RAW_PORT ?? 0);

if (cluster.isPrimary) {
  let listening = 0;
  for (let index = 0; index < processes; index += 1) {
    cluster.fork().on("listening", (address) => {
      listening += 1;
      if (listening === processes) console.log(`listening ${address.port}`);
    });
  }
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  const body = readFileSync(process.env.RAW_BODY_FILE ?? "");
  const headers = { ...(JSON.parse(process.env.RAW_HEADERS ?? "{}") as Record<string, string>), "content-length": String(body.length) };
  createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  }).listen(port);
}
