import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { countSignInEmails, createAccount, createSession, latestSignInLink } from "./db";
import { E2E_BASE_URL } from "./settings";
import { ALONE, SiteLock } from "./site-lock";

/** Auth.js's session cookie over plain http (the end-to-end server is not behind https). */
const SESSION_COOKIE = "authjs.session-token";

/**
 * axe with the WCAG 2.2 A and AA rules: any violation fails the test, listed by rule and target.
 * Next streams a dynamic page's <title> after its body, so wait for the title before axe looks.
 * `exclude` leaves out elements axe cannot enter, such as a sandboxed email preview frame (which
 * runs no scripts): check what such a frame shows on its own page instead.
 */
export async function expectAccessible(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  for (const selector of options.exclude ?? []) builder.exclude(selector);
  const results = await builder.analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Asks for a magic link through the sign-in form and waits for it to reach the outbox. */
export async function requestSignInLink(page: Page, email: string, returnTo = "/"): Promise<void> {
  const before = await countSignInEmails(email);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect.poll(() => countSignInEmails(email)).toBe(before + 1);
}

/** Requests a magic link, reads it from the outbox and opens it: the whole sign-in journey. */
export async function signInByEmail(page: Page, email: string, returnTo = "/"): Promise<void> {
  await requestSignInLink(page, email, returnTo);
  await page.goto(await latestSignInLink(email));
}

/**
 * Signs in and opens `returnTo`. An existing account gets its session straight from the database
 * (the cookie Auth.js would set); a new address goes through the magic link, which creates it.
 */
export async function signIn(page: Page, email: string, returnTo = "/"): Promise<void> {
  const token = await createSession(email);
  if (!token) return signInByEmail(page, email, returnTo);
  await page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(returnTo);
}

/** A network address of its own (for each test, or a hook's request contexts): documentation-range IPv6, unique within a run. */
let addressesMade = 0;
export function nextClientAddress(workerIndex: number): string {
  addressesMade += 1;
  return `2001:db8:${(workerIndex % 0xffff).toString(16)}::${addressesMade.toString(16)}`;
}

type Fixtures = {
  /**
   * The address this test's browser contexts and request contexts come from. The e2e server runs as
   * behind one proxy (TRUSTED_PROXY_HOPS=1) and every request carries `X-Forwarded-For: <address>`,
   * as that proxy would add: per-client limits (30 sign-in links and 20 new accounts per network
   * address) count each test on its own, however many run at once or have run before.
   */
  clientAddress: string;
  /** A fresh resident whose comments are published at once (they have an earlier published comment). */
  resident: string;
  /** A fresh council officer. */
  officer: string;
  /** A fresh administrator. */
  admin: string;
  /** Holds the site lock for the test: shared, or alone for tests tagged `@alone`. */
  siteAccess: void;
};

export const test = base.extend<Fixtures, { siteLock: SiteLock }>({
  siteLock: [
    async ({}, use) => {
      const lock = new SiteLock();
      await use(lock);
      await lock.end();
    },
    { scope: "worker" },
  ],
  // Set up before anything else the test uses and torn down after it: nothing of the test runs
  // outside the lock. Its own timeout: an `@alone` test may wait for a long journey to finish.
  siteAccess: [
    async ({ siteLock }, use, testInfo) => {
      const mode = testInfo.tags.includes(ALONE) ? "alone" : "shared";
      await siteLock.acquire(mode);
      try {
        await use();
      } finally {
        await siteLock.release(mode);
      }
    },
    { auto: true, timeout: 300_000 },
  ],
  clientAddress: async ({}, use, testInfo) => {
    await use(nextClientAddress(testInfo.workerIndex));
  },
  extraHTTPHeaders: async ({ clientAddress }, use) => {
    await use({ "x-forwarded-for": clientAddress });
  },
  resident: async ({}, use) => {
    await use(await createAccount("resident", "Test resident", { trusted: true }));
  },
  officer: async ({}, use) => {
    await use(await createAccount("officer", "Test officer"));
  },
  admin: async ({}, use) => {
    await use(await createAccount("admin", "Test admin"));
  },
});

export { ALONE, expect };
