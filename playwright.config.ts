import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATABASE_URL, E2E_PORT } from "./e2e/support/settings";

// Debian's chromium where it is installed (no browser downloads here); Playwright's own elsewhere.
const systemChromium = "/usr/bin/chromium";

/**
 * Journeys run side by side, one worker per core (2 by default; E2E_WORKERS=1 runs them one at a
 * time): each makes its own people and data (e2e/support/db.ts), and the few that check something
 * site-wide are tagged @alone and run while nothing else does (e2e/support/site-lock.ts).
 */
const workers = Number(process.env.E2E_WORKERS ?? 2);
if (!Number.isInteger(workers) || workers < 1) throw new Error(`E2E_WORKERS must be a whole number of at least 1, not "${process.env.E2E_WORKERS}"`);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Two workers on two cores: each journey gets about half the machine it had alone, so the long
  // ones (ten pages and eight accessibility scans) need more than 30 s when other work runs too.
  timeout: 60_000,
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    // Creates a fresh database, migrates and seeds it, builds the app and serves it with `next start`.
    command: "tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/accessibility`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_DATABASE_URL, E2E_PORT: String(E2E_PORT) },
  },
});
