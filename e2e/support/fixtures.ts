import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { countSignInEmails, latestSignInLink } from "./db";

/**
 * axe with the WCAG 2.2 A and AA rules: any violation fails the test, listed by rule and target.
 * Next streams a dynamic page's <title> after its body, so wait for the title before axe looks.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
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

/** Requests a magic link, reads it from the outbox and opens it. */
export async function signIn(page: Page, email: string, returnTo = "/"): Promise<void> {
  await requestSignInLink(page, email, returnTo);
  await page.goto(await latestSignInLink(email));
}

export const test = base;
export { expect };
