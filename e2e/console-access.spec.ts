import { uniqueEmail } from "./support/db";
import { expect, expectAccessible, requestSignInLink, signIn, test } from "./support/fixtures";

test("a resident is refused the console with a clear page", async ({ page, resident }) => {
  await signIn(page, resident);
  const response = await page.goto("/console");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Console" })).toHaveCount(0);
  await expectAccessible(page);
  const outbox = await page.goto("/console/outbox");
  expect(outbox?.status()).toBe(403);
  const api = await page.request.get("/api/console/outbox/00000000-0000-0000-0000-000000000000/html");
  expect(api.status()).toBe(403);
});

test("a signed-out visitor is sent to sign in and back", async ({ page }) => {
  await page.goto("/console/people");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fconsole/);
});

test("an officer sees the console and the outbox, but not people", async ({ page, officer }) => {
  const email = uniqueEmail("someone");
  await requestSignInLink(page, email);
  await signIn(page, officer, "/console");
  await expect(page.getByRole("heading", { name: "Officer console" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Email outbox" }).click();
  await expect(page.getByRole("heading", { name: "Email outbox" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) }).getByRole("link").click();
  // Officers never see a live sign-in link: it would let them sign in as that person.
  await expect(page.getByTestId("email-text")).toContainText("[sign-in link hidden: only an administrator can see it]");
  await expect(page.getByTestId("email-text")).not.toContainText("/api/auth/callback");
  await expectAccessible(page);
  await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "People and roles" })).toHaveCount(0);
  expect((await page.goto("/console/people"))?.status()).toBe(403);
});
