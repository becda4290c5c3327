import { spawn } from "node:child_process";

/** One Lighthouse run's figures (scores 0-100, times in ms). */
export type LighthouseRun = { performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; tbtMs: number };

type Report = {
  categories: Record<"performance" | "accessibility" | "best-practices" | "seo", { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
};

/** Debian's Chromium (CHROME_PATH overrides), headless without a sandbox or GPU, as STACK-NOTES says. */
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu";

/** Lighthouse's defaults: mobile (a Moto G Power), simulated slow 4G and a 4x slower CPU. */
export function runLighthouse(url: string): Promise<LighthouseRun> {
  const args = [url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`, "--only-categories=performance,accessibility,best-practices,seo"];
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/lighthouse", args, { env: { ...process.env, CHROME_PATH }, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited with ${code}:\n${err.join("").slice(-2000)}`));
      const report = JSON.parse(Buffer.concat(out).toString()) as Report;
      if (report.runtimeError) return reject(new Error(`lighthouse ${url}: ${report.runtimeError.message}`));
      const score = (name: keyof Report["categories"]) => Math.round((report.categories[name].score ?? 0) * 100);
      resolve({
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        tbtMs: report.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      });
    });
  });
}

/** The median of each figure over the runs (an odd number), taken separately. */
export function medians(runs: LighthouseRun[]): LighthouseRun {
  const median = (pick: (run: LighthouseRun) => number) => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return {
    performance: median((run) => run.performance),
    accessibility: median((run) => run.accessibility),
    bestPractices: median((run) => run.bestPractices),
    seo: median((run) => run.seo),
    lcpMs: median((run) => run.lcpMs),
    tbtMs: median((run) => run.tbtMs),
  };
}

const LIGHTHOUSE_TARGETS = { performance: 100, lcpMs: 1500, tbtMs: 50, otherScores: 100 };

/** "performance 98 MISS   LCP 2.2 s MISS   TBT 73 ms MISS   accessibility 100 PASS ..." */
export function lighthouseVerdicts(m: LighthouseRun): string {
  const mark = (pass: boolean) => (pass ? "PASS" : "MISS");
  return [
    `performance ${m.performance} ${mark(m.performance >= LIGHTHOUSE_TARGETS.performance)}`,
    `LCP ${(m.lcpMs / 1000).toFixed(2)} s ${mark(m.lcpMs < LIGHTHOUSE_TARGETS.lcpMs)}`,
    `TBT ${Math.round(m.tbtMs)} ms ${mark(m.tbtMs < LIGHTHOUSE_TARGETS.tbtMs)}`,
    `accessibility ${m.accessibility} ${mark(m.accessibility >= LIGHTHOUSE_TARGETS.otherScores)}`,
    `best practices ${m.bestPractices} ${mark(m.bestPractices >= LIGHTHOUSE_TARGETS.otherScores)}`,
    `SEO ${m.seo} ${mark(m.seo >= LIGHTHOUSE_TARGETS.otherScores)}`,
  ].join("   ");
}
