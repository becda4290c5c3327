import type { Page } from "@playwright/test";
import { createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { E2E_BASE_URL } from "./support/settings";
import { expectTargetSizes, tabTo } from "./support/keyboard";

/*
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide, which is also a 1280-pixel window zoomed to 400%,
 * no page scrolls sideways (a wide data table scrolls inside its own box, which 1.4.10 allows).
 * Reduced motion (2.3.3) and text alternatives for charts (1.1.1) are checked here too.
 */

const PUBLIC = ["/", "/topics", "/topics/building-a-coventry-that-works-for-all", "/surveys", "/surveys/employer-skills-gap-survey", "/surveys/a-coventry-that-works-for-all", "/sign-in", "/accessibility", "/privacy", "/open-data"];

async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const { page: width, viewport } = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  expect(width, `${path} is ${width} pixels wide in a ${viewport}-pixel window`).toBeLessThanOrEqual(viewport);
}

async function officerPages(): Promise<string[]> {
  const [survey] = await sql<{ id: string }[]>`select id from surveys where slug = 'employer-skills-gap-survey'`;
  return ["/profile", "/console", "/console/moderation", "/console/topics", "/console/surveys", `/console/surveys/${survey?.id}/results`, "/console/organisations", "/console/partners", "/console/outbox"];
}

test.describe("320 pixels wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("no page scrolls sideways, in English and in Urdu, and controls stay 24 pixels or more", async ({ page, context }) => {
    test.setTimeout(120_000);
    for (const path of PUBLIC) {
      await expectNoSidewaysScroll(page, path);
      await expectTargetSizes(page);
    }
    await context.addCookies([{ name: "lt_locale", value: "ur", url: E2E_BASE_URL }]);
    for (const path of PUBLIC) await expectNoSidewaysScroll(page, path);
    await context.clearCookies();
    await signIn(page, await createAccount("officer", "Reflow Officer"), "/console");
    for (const path of await officerPages()) await expectNoSidewaysScroll(page, path);
  });
});

test.describe("a 1280 by 1024 window zoomed to 400%", () => {
  test.use({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });

  test("no page scrolls sideways, and the focus stays in view as the keyboard moves down the page", async ({ page }) => {
    test.setTimeout(90_000);
    for (const path of PUBLIC) await expectNoSidewaysScroll(page, path);
    await page.goto("/topics/building-a-coventry-that-works-for-all");
    await tabTo(page, page.getByRole("link", { name: "Privacy notice" }));
  });
});

test.describe("reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("a device set to reduce motion gets no animation or transition", async ({ page }) => {
    await page.goto("/");
    const motion = await page.evaluate(() => {
      const durations = [...document.querySelectorAll("*")].flatMap((element) => {
        const style = getComputedStyle(element);
        return [style.transitionDuration, style.animationDuration].flatMap((value) => value.split(",").map((part) => parseFloat(part) * (part.trim().endsWith("ms") ? 1 : 1000)));
      });
      return { longest: Math.max(0, ...durations), honoured: matchMedia("(prefers-reduced-motion: reduce)").matches };
    });
    expect(motion.honoured).toBe(true);
    expect(motion.longest).toBeLessThanOrEqual(0.01);
  });
});

test("every chart has a text alternative: a name that says what it shows and the same figures in a table", async ({ page, officer }) => {
  const [survey] = await sql<{ id: string }[]>`select id from surveys where slug = 'employer-skills-gap-survey'`;
  for (const path of ["/console", `/console/surveys/${survey?.id}/results`]) {
    await signIn(page, officer, path);
    // SVG charts (the dashboard's lines) and HTML ones (bars).
    const charts = page.locator("main svg:not([aria-hidden='true']), main .bar-chart");
    expect(await charts.count(), `${path} has charts`).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      await expect(chart).toHaveAttribute("role", "img");
      // Its name is its title and a sentence describing it (both named by aria-labelledby, the description last).
      const described = ((await chart.getAttribute("aria-labelledby")) ?? "").split(" ").at(-1) ?? "";
      const desc = (await page.locator(`[id="${described}"]`).textContent())?.trim() ?? "";
      expect(desc.length, `${path}: a chart's description`).toBeGreaterThan(3);
      await expect(chart).toHaveAccessibleName(new RegExp(desc.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      // The figures behind it are in a table in the same figure or section.
      const table = chart.locator("xpath=ancestor::*[self::figure or self::section][1]//table");
      expect(await table.count(), `${path}: a table beside the chart`).toBeGreaterThan(0);
    }
    await expectAccessible(page);
  }
});

test.describe("the checks themselves", () => {
  test("a hidden focus, a crowded small target and a page too wide are all caught", async ({ page }) => {
    await page.goto("/accessibility");
    await page.evaluate(() => {
      const main = document.querySelector("main");
      if (!main) return;
      main.insertAdjacentHTML("afterbegin", '<p><button id="tiny-a" style="width:10px;height:10px;padding:0">a</button><button id="tiny-b" style="width:10px;height:10px;padding:0">b</button></p><button id="no-ring" style="outline:none;box-shadow:none">No ring</button><div style="width:2000px">wide</div>');
    });
    await expect(expectTargetSizes(page)).rejects.toThrow(/targets under 24 by 24 pixels/);
    await expect(tabTo(page, page.locator("#no-ring"))).rejects.toThrow(/no visible focus/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(width).toBe(true);
  });
});
