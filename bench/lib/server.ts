import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { TOPICS_BENCH, type BenchTarget } from "./config";

export type Server = { child: ChildProcess; output: string[]; baseUrl: string };

function run(command: string, args: string[], quiet: boolean, env: NodeJS.ProcessEnv = TOPICS_BENCH.serverEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    const output: string[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else {
        if (quiet) process.stderr.write(output.join("").split("\n").slice(-40).join("\n"));
        reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
      }
    });
  });
}

export function startServer(target: BenchTarget = TOPICS_BENCH): Server {
  // `npm start`'s server, in its own process group, so stopping it stops every server process beneath it.
  const child = spawn("node_modules/.bin/tsx", ["scripts/serve.ts"], { env: { ...target.serverEnv, PORT: String(target.port) }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output, baseUrl: target.baseUrl };
}

export async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) {
    signal("SIGKILL");
    await exited;
  }
}

export async function waitUntilServing(server: Server): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`The server exited with ${server.child.exitCode}:\n${server.output.join("\n")}`);
    try {
      const response = await fetch(`${server.baseUrl}/accessibility`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The server did not answer within 60 s:\n${server.output.join("\n")}`);
}

/**
 * Builds the app (unless BENCH_SKIP_BUILD=1, which reuses .next) and serves it with `npm start`'s
 * server for the target, set on the context so the run stops it at the end; resolves once it answers.
 */
export async function buildAndServe(context: { step: (message: string) => void; server: Server | null }, target: BenchTarget): Promise<Server> {
  if (process.env.BENCH_SKIP_BUILD === "1") context.step("BENCH_SKIP_BUILD=1: using the existing .next build");
  else {
    context.step("next build (a few minutes on a shared machine)");
    await run("node_modules/.bin/next", ["build"], true, target.serverEnv);
  }
  context.step(`npm start (scripts/serve.ts) on port ${target.port}, ${target.serverEnv.WEB_CONCURRENCY} server processes`);
  const server = (context.server = startServer(target));
  await waitUntilServing(server);
  return server;
}
