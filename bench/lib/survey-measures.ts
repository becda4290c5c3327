import { spawn } from "node:child_process";
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

/** Runs bench/export-child.ts in its own process, so its peak RSS is the export's alone. */
export function runExportChild(target: BenchTarget, surveyId: string, format: "csv" | "xlsx"): Promise<ExportRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "bench/export-child.ts", surveyId, format], { env: target.serverEnv, stdio: ["ignore", "pipe", "pipe"] });
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
