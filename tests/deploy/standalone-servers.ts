import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { stopServer, waitUntilServing, type Server } from "@/bench/lib/server";
import type { Launch } from "./dockerfile";

/** Where the image's folder is in a build here: .next/standalone, as `npm run build` left it. */
export function imageFolder(launch: Launch): string {
  const folder = path.resolve(launch.copied);
  if (!existsSync(path.join(folder, launch.command.at(-1) ?? ""))) {
    throw new Error(`${launch.copied} has no ${launch.command.join(" ")}: run \`npm run build\` first (npm test makes one).`);
  }
  return folder;
}

/** A port no one listens on now. */
export function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No spare port"))));
    });
  });
}

/**
 * The settings one instance gets: the Dockerfile's ENV, then the deployment's own (as `docker run
 * --env-file` adds them). Nothing is inherited from this shell but PATH, so a DATABASE_URL or
 * PORT set here cannot leak in.
 */
export function instanceEnv(launch: Launch, settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, ...launch.env, ...settings };
  // NODE_ENV comes from the Dockerfile's ENV like every other setting, not from this shell's typing.
  return env as NodeJS.ProcessEnv;
}

/** Runs a command the image offers (such as `node db.mjs prepare`) in its folder, to the end. */
export function runInImage(launch: Launch, command: string[], env: NodeJS.ProcessEnv): string {
  const [program = "node", ...args] = command;
  const result = spawnSync(program, args, { cwd: imageFolder(launch), env, encoding: "utf8", timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0) throw new Error(`${command.join(" ")} exited with ${result.status}:\n${output}`);
  return output;
}

/** Starts one instance with the Dockerfile's CMD in the image's folder, in its own process group. */
export async function startInstance(launch: Launch, env: NodeJS.ProcessEnv): Promise<Server> {
  const [program = "node", ...args] = launch.command;
  const child = spawn(program, args, { cwd: imageFolder(launch), env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const server: Server = { child, output, baseUrl: `http://localhost:${env.PORT}` };
  await waitUntilServing(server);
  return server;
}

export { stopServer };
