import { buildChild, runChild } from "./compiled-child";
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

/** Compiles bench/export-child.ts (see compiled-child.ts). */
export const buildExportChild = () => buildChild("bench/export-child.ts", EXPORT_CHILD_BUNDLE);

/** Runs the compiled export child in its own process (plain Node), so its peak RSS is the export's alone. */
export const runExportChild = (target: BenchTarget, surveyId: string, format: "csv" | "xlsx") => runChild<ExportRun>(target, EXPORT_CHILD_BUNDLE, [surveyId, format]);
