/**
 * What a resident's phone downloads and how fast the page feels: `npm run bench:web`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench_web on 127.0.0.1:5432) with the demo data,
 * builds the app once (BENCH_SKIP_BUILD=1 reuses .next) and serves the production build with
 * `npm start`'s server (scripts/serve.ts). For each resident page (home, the demo's first topic, the
 * skills-gap survey's start page; lib/domain/performance/budgets.ts), signed out:
 *   - reads the HTML as a browser does and sums every script file it loads (`<script src>`,
 *     `<link rel=modulepreload>`, `<link rel=preload as=script>`), each gzipped by zlib at level 9
 *     (beside it, what the server itself sends with gzip), against issue 16's 80 KB and CI's budget,
 *     and says whether any of it is editor code (tiptap, ProseMirror);
 *   - runs Lighthouse (mobile, default throttling) BENCH_LIGHTHOUSE_RUNS times (default 3) with
 *     Debian's Chromium and prints the medians of performance, LCP, TBT and the other scores.
 * Run it with nothing else on the machine: two busy cores halve a Lighthouse score.
 *
 * Settings (environment): BENCH_PG_URL, BENCH_SKIP_BUILD=1, BENCH_SKIP_LIGHTHOUSE=1,
 * BENCH_LIGHTHOUSE_RUNS, BENCH_WEB_FILES=1 (list every file), CHROME_PATH (default /usr/bin/chromium),
 * BENCH_DATABASE_PREFIX / BENCH_PORT_OFFSET, BENCH_KEEP_DATABASE=1.
 */
import { JAVASCRIPT_TARGET_BYTES, KB, RESIDENT_PAGES } from "@/lib/domain/performance/budgets";
import { loadAverageLine } from "./lib/baselines";
import { WEB_BENCH as TARGET } from "./lib/config";
import { createDatabase, migrateAndSeed } from "./lib/database";
import { lighthouseVerdicts, medians, runLighthouse, type LighthouseRun } from "./lib/lighthouse";
import { pageJavaScript, type PageJavaScript } from "./lib/page-javascript";
import { runBench, type BenchContext } from "./lib/run-bench";
import { buildAndServe } from "./lib/server";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mark = (pass: boolean) => (pass ? "PASS" : "MISS");

async function main(context: BenchContext): Promise<number> {
  const { step } = context;
  step(`${loadAverageLine()} before starting`);
  step(`creating database ${TARGET.databaseName} with the demo data`);
  await createDatabase(TARGET);
  step(`migrating and seeding: ${await migrateAndSeed(TARGET)}`);
  await buildAndServe(context, TARGET);

  const pages: ResidentPage[] = [];
  for (const { name, path, budgetBytes } of RESIDENT_PAGES) pages.push({ name, budgetBytes, ...(await pageJavaScript(TARGET.baseUrl, path)) });
  printJavaScript(pages);

  if (process.env.BENCH_SKIP_LIGHTHOUSE === "1") {
    console.log("\nBENCH_SKIP_LIGHTHOUSE=1: Lighthouse not run");
    return 0;
  }
  step(`${loadAverageLine()} before Lighthouse`);
  const results: { name: string; path: string; median: LighthouseRun }[] = [];
  for (const { name, path } of RESIDENT_PAGES) {
    const runs: LighthouseRun[] = [];
    for (let index = 1; index <= RUNS; index += 1) {
      step(`Lighthouse ${name} (${path}), run ${index} of ${RUNS}`);
      runs.push(await lighthouseWithRetries(`${TARGET.baseUrl}${path}`, step));
    }
    results.push({ name, path, median: medians(runs) });
  }
  console.log(`\n================ Lighthouse 12.8 mobile, medians of ${RUNS} runs (${loadAverageLine()} now) ================`);
  console.log("targets: performance 100, LCP < 1.5 s, TBT < 50 ms, accessibility, best practices and SEO 100");
  for (const { name, path, median } of results) console.log(`${`${name} (${path})`.padEnd(60)} ${lighthouseVerdicts(median)}`);
  return 0;
}

type ResidentPage = PageJavaScript & { name: string; budgetBytes: number };

/**
 * Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, and it says to run it
 * again): a run that fails is run again, twice at most, and said so.
 */
async function lighthouseWithRetries(url: string, step: (message: string) => void): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runLighthouse(url);
    } catch (error) {
      if (attempt === 3) throw error;
      step(`  that run failed (${error instanceof Error ? error.message.split("\n").slice(-1)[0] : String(error)}); running it again`);
    }
  }
}

function printJavaScript(pages: ResidentPage[]): void {
  console.log(`\n================ JavaScript per resident page, signed out (gzip level 9; ${loadAverageLine()}) ================`);
  console.log(`target <= ${kb(JAVASCRIPT_TARGET_BYTES)} each (issue 16); each page's CI budget (e2e/javascript-budget.spec.ts) in brackets`);
  for (const page of pages) {
    const raw = page.files.reduce((sum, file) => sum + file.bytes, 0);
    const editor = page.files.some((file) => file.editor) ? "EDITOR CODE" : "no editor code";
    console.log(
      `${`${page.name} (${page.path})`.padEnd(60)} ${String(page.files.length).padStart(2)} files  ${kb(raw).padStart(9)} raw  ${kb(page.gzipTotal).padStart(8)} gzipped (${kb(page.servedTotal)} as the server sends it)  ` +
        `target ${mark(page.gzipTotal <= JAVASCRIPT_TARGET_BYTES)}  budget (${kb(page.budgetBytes)}) ${mark(page.gzipTotal <= page.budgetBytes)}  ${editor}; inline scripts ${kb(page.inlineGzip)} gzipped, not counted`,
    );
  }
  // The files, biggest first, with the pages that load them: what to cut next.
  const byUrl = new Map<string, { gzipBytes: number; bytes: number; editor: boolean; pages: string[] }>();
  for (const page of pages) {
    for (const file of page.files) {
      const name = new URL(file.url).pathname;
      const entry = byUrl.get(name) ?? { gzipBytes: file.gzipBytes, bytes: file.bytes, editor: file.editor, pages: [] };
      entry.pages.push(page.name);
      byUrl.set(name, entry);
    }
  }
  const files = [...byUrl].sort(([, a], [, b]) => b.gzipBytes - a.gzipBytes);
  const shown = process.env.BENCH_WEB_FILES === "1" ? files : files.slice(0, 12);
  console.log(`\nfiles, biggest first (${shown.length} of ${files.length}; BENCH_WEB_FILES=1 lists all):`);
  for (const [name, file] of shown) console.log(`  ${kb(file.gzipBytes).padStart(9)} gzipped ${kb(file.bytes).padStart(9)} raw  ${name}  (${file.pages.join(", ")})${file.editor ? "  editor code" : ""}`);
}

runBench(TARGET, main);
