import { sql, latestSignInLink, uniqueEmail } from "./support/db";
import { expect, expectAccessible, requestSignInLink, signInByEmail, test } from "./support/fixtures";

test.describe("signing in with a magic link", () => {
  test("a malformed email gets a clear error and sends nothing", async ({ page }) => {
    await page.goto("/sign-in");
    await expectAccessible(page);
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    const form = page.getByRole("form", { name: "Sign in with email" });
    await expect(form.getByRole("alert")).toContainText("Enter an email address in the correct format");
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
    await expectAccessible(page);
    const [row] = await sql<{ total: number }[]>`select count(*)::int as total from email_outbox where to_address = 'not-an-email'`;
    expect(row?.total).toBe(0);
  });

  test("a new resident signs in through the link from the outbox, once", async ({ page }) => {
    const email = uniqueEmail("resident");
    await signInByEmail(page, email, "/profile");
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
    await expect(page.getByRole("main").getByText(email)).toBeVisible();
    await expectAccessible(page);

    // The link works once: opening it again in a fresh browser fails clearly.
    const link = await latestSignInLink(email);
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This sign-in link has expired or has already been used" })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile/);
  });

  test("an expired link is refused", async ({ page }) => {
    const email = uniqueEmail("late");
    await requestSignInLink(page, email);
    await expectAccessible(page);
    await sql`update verification_tokens set expires = now() - interval '1 minute' where identifier = ${email}`;
    await page.goto(await latestSignInLink(email));
    await expect(page.getByRole("heading", { name: "This sign-in link has expired or has already been used" })).toBeVisible();
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInByEmail(page, uniqueEmail("leaver"));
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
