import { spawn } from "node:child_process";
import { build } from "esbuild";
import type { BenchTarget } from "./config";
import { percentile } from "./load";
import { ms } from "./report";

export type Timings = { calls: number; p50: number; p95: number; max: number };

/** Calls `work` `calls` times one after another (after two unmeasured warm-up calls). */
export async function timeCalls(work: () => Promise<unknown>, calls: number): Promise<Timings> {
  await work();
  await work();
  const times: number[] = [];
  for (let call = 0; call < calls; call += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { calls, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? Number.NaN };
}

export const describeTimings = (t: Timings) => `p50 ${ms(t.p50)}   p95 ${ms(t.p95)}   max ${ms(t.max)}   (${t.calls} calls)`;

export type ExportRun = { rows: number; bytes: number; seconds: number; maxRssMb: number; loadedRssMb: number };

/** Where the export child is compiled to: inside the checkout, so Node finds the packages it imports. */
const EXPORT_CHILD_BUNDLE = "bench/.build/export-child.mjs";

/**
 * Compiles bench/export-child.ts and the app code it uses into one file (packages stay imports), as
 * a deployed server runs compiled code: under tsx the compiler's own ~80 MB would count as the export's.
 */
export async function buildExportChild(): Promise<void> {
  await build({ entryPoints: ["bench/export-child.ts"], outfile: EXPORT_CHILD_BUNDLE, bundle: true, packages: "external", platform: "node", format: "esm", target: "node20", logLevel: "warning" });
}

/** Runs the compiled export child in its own process (plain Node), so its peak RSS is the export's alone. */
export function runExportChild(target: BenchTarget, surveyId: string, format: "csv" | "xlsx"): Promise<ExportRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", EXPORT_CHILD_BUNDLE, surveyId, format], { env: target.serverEnv, stdio: ["ignore", "pipe", "pipe"] });
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = out.join("").trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) reject(new Error(`export-child exited with ${code}:\n${err.join("").slice(-3000)}`));
      else resolve(JSON.parse(last) as ExportRun);
    });
  });
}
