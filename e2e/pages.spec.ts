import { createAccount } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("the home page lists open topics by theme and links to each topic", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Have your say on Coventry" })).toBeVisible();
  const equalities = page.getByRole("region", { name: /Equalities and communities/ });
  await expect(equalities.getByRole("link", { name: "Building a Coventry that works for all" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Learning and training/ }).getByRole("link", { name: "A community learning plan for Coventry" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All topics" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/");
  await equalities.getByRole("link", { name: "Building a Coventry that works for all" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Building a Coventry that works for all" })).toBeVisible();
  await expect(page.getByText("80% said they have significant skills gaps")).toBeVisible();
  const about = page.getByRole("complementary", { name: "About this topic" });
  await expect(about.getByText("Decision expected")).toBeVisible();
  await expect(about.getByText("Foleshill")).toBeVisible();
  await expectAccessible(page);
});

test("statements, skip link and 404 page", async ({ page }) => {
  for (const [path, heading] of [
    ["/accessibility", "Accessibility statement"],
    ["/privacy", "Privacy notice"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();

  const response = await page.goto("/topics/no-such-topic");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/this/does/not/exist"))?.status()).toBe(404);
});

test("pages fit a 320 pixel screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/topics/mi-friendly-cities", "/sign-in"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await expectAccessible(page);
});

test("a person edits their profile, with errors for bad input, and signs out everywhere", async ({ page }) => {
  await signIn(page, await createAccount("resident"), "/profile");
  await page.getByLabel("Display name").fill("   ");
  await page.getByRole("button", { name: "Save changes" }).click();
  const form = page.getByRole("form", { name: "Your details" });
  await expect(form.getByRole("alert")).toContainText("Enter the name you want other people to see.");
  await expectAccessible(page);

  await page.getByLabel("Display name").fill("Priya");
  await page.getByLabel("Neighbourhood (optional)").selectOption({ label: "Hillfields" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("status")).toHaveText("Your profile has been saved.");
  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue("Priya");
  await expect(page.getByLabel("Neighbourhood (optional)")).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByLabel("Organisation")).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page.getByText("You have been signed out on every device.")).toBeVisible();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("residents search and filter all topics, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/topics");
  await expect(page.getByRole("heading", { level: 1, name: "All topics" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filter topics" });
  await filters.getByLabel("Theme").selectOption({ label: "Learning and training (adults)" });
  await filters.getByRole("button", { name: "Show topics" }).click();
  await expect(page).toHaveURL(/theme=learning-and-training/);
  await expect(page.getByRole("link", { name: "A community learning plan for Coventry" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mi-Friendly Cities: refugees and migrants contributing to Coventry" })).toHaveCount(0);

  await page.goto("/topics?q=refugees");
  await expect(page.getByRole("link", { name: "Mi-Friendly Cities: refugees and migrants contributing to Coventry" })).toBeVisible();
  await page.goto("/topics?q=xylophone+orchestra");
  await expect(page.getByText("No topics match.")).toBeVisible();
  await context.close();
});
