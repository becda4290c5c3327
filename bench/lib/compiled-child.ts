import { spawn } from "node:child_process";
import { build } from "esbuild";
import type { BenchTarget } from "./config";

/**
 * Compiles a bench child (bench/<name>.ts) and the app code it uses into one file inside the
 * checkout (packages stay imports, so Node finds them), as a deployed server runs compiled code:
 * under tsx the compiler's own ~80 MB would count as the child's.
 */
export async function buildChild(entry: string, outfile: string): Promise<void> {
  await build({ entryPoints: [entry], outfile, bundle: true, packages: "external", platform: "node", format: "esm", target: "node20", logLevel: "warning" });
}

/** Runs a compiled child in its own process (plain Node), so its peak RSS is its own; resolves with the JSON of its last line. */
export function runChild<T>(target: BenchTarget, bundle: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", bundle, ...args], { env: target.serverEnv, stdio: ["ignore", "pipe", "pipe"] });
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = out.join("").trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) reject(new Error(`${bundle} exited with ${code}:\n${err.join("").slice(-3000)}`));
      else resolve(JSON.parse(last) as T);
    });
  });
}
