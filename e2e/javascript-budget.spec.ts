import { gzipSync } from "node:zlib";
import { JAVASCRIPT_TARGET_BYTES, KB, RESIDENT_PAGES } from "@/lib/domain/performance/budgets";
import { expect, test } from "./support/fixtures";

/**
 * The size limit of the pages residents land on: every script the browser loads for the page,
 * signed out, until the network is quiet (so chunks loaded after hydration count too), each body
 * gzipped by zlib at level 9 as `npm run bench:web` does. A change that adds JavaScript to these
 * pages beyond its budget fails CI; lib/domain/performance/budgets.ts states each page's budget
 * and issue 16's target (80 KB) beside them.
 */
for (const { name, path, budgetBytes } of RESIDENT_PAGES) {
  test(`the ${name} page loads at most ${budgetBytes / KB} KB of gzipped JavaScript (target ${JAVASCRIPT_TARGET_BYTES / KB} KB)`, async ({ page }) => {
    const scripts = new Map<string, Promise<number>>();
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script" || scripts.has(response.url())) return;
      scripts.set(response.url(), response.body().then((body) => gzipSync(body, { level: 9 }).length));
    });
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    const sizes = await Promise.all([...scripts].map(async ([url, size]) => ({ file: new URL(url).pathname, bytes: await size })));
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const listing = sizes
      .sort((a, b) => b.bytes - a.bytes)
      .map(({ file, bytes }) => `${(bytes / KB).toFixed(1)} KB ${file}`)
      .join("\n");
    expect(sizes.length, "the page loads its scripts").toBeGreaterThan(0);
    expect(total, `${path} loads ${(total / KB).toFixed(1)} KB of gzipped JavaScript:\n${listing}`).toBeLessThanOrEqual(budgetBytes);
  });
}
