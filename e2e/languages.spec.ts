import { readFileSync } from "node:fs";
import path from "node:path";
import { createAccount, sql, uniqueEmail } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { E2E_BASE_URL } from "./support/settings";

type Messages = { layout: { skipLink: string; navTopics: string }; language: { chooserLabel: string; profileSave: string; profileSaved: string }; signIn: Record<string, string>; email: { signIn: { title: string } }; site: { name: string } };
const messages = (locale: string): Messages => JSON.parse(readFileSync(path.join(__dirname, "..", "messages", `${locale}.json`), "utf8"));
const en = messages("en");
const ur = messages("ur");
const pl = messages("pl");
const ar = messages("ar");

test.describe("a first visit in the browser's language", () => {
  test.use({ locale: "ur-PK" });

  test("an Urdu browser gets the site in Urdu, right to left, with no accessibility problems", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ur");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("link", { name: ur.layout.skipLink })).toBeAttached();
    await expect(page.getByRole("navigation").getByRole("link", { name: ur.layout.navTopics })).toBeVisible();
    // The chooser offers every language in its own name and says which is in use.
    const chooser = page.getByRole("form", { name: ur.language.chooserLabel });
    await expect(chooser.locator('[aria-current="true"]')).toHaveText("اردو");
    await expect(chooser.getByRole("button", { name: "English" })).toHaveAttribute("lang", "en");
    await expectAccessible(page);
  });
});

test.describe("choosing a language without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the chooser posts, comes back to the same page in Polish, and the choice is remembered", async ({ page }) => {
    await page.goto("/topics");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("form", { name: en.language.chooserLabel }).getByRole("button", { name: "Polski" }).click();
    await expect(page).toHaveURL(/\/topics$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.goto("/surveys");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("form", { name: pl.language.chooserLabel }).locator('[aria-current="true"]')).toHaveText("Polski");
    await page.getByRole("form", { name: pl.language.chooserLabel }).getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/surveys$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("a link to a page in a language can be shared, and an unknown language falls back to English", async ({ page, context }) => {
  await page.goto("/topics?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("navigation").getByRole("link", { name: ar.layout.navTopics })).toBeVisible();
  // The language is remembered for the rest of the visit.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expectAccessible(page);

  await context.clearCookies();
  await context.addCookies([{ name: "lt_locale", value: "zz", url: E2E_BASE_URL }]);
  await page.goto("/topics?lang=xx");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: en.layout.skipLink })).toBeAttached();
});

test("a resident's language is kept in their profile: their pages on any device and their emails", async ({ page, context }) => {
  const email = await createAccount("resident", "Language Tester");
  await signIn(page, email, "/profile");
  await page.getByRole("group", { name: /language/i }).getByLabel("Polski").check();
  await page.getByRole("button", { name: en.language.profileSave }).click();
  await expect(page).toHaveURL(/\/profile\?saved=language$/);
  await expect(page.getByRole("status")).toContainText(pl.language.profileSaved);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  const [row] = await sql<{ locale: string | null }[]>`select locale from users where email = ${email}`;
  expect(row?.locale).toBe("pl");
  await expectAccessible(page);

  // Another device: no language cookie, the browser in English, the profile decides.
  const session = (await context.cookies()).filter((cookie) => cookie.name !== "lt_locale");
  await context.clearCookies();
  await context.addCookies(session);
  await page.goto("/topics");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
});

test("the sign-in email is written in the language the person is using", async ({ page, context }) => {
  const email = uniqueEmail("urdu-reader");
  await context.addCookies([{ name: "lt_locale", value: "ur", url: E2E_BASE_URL }]);
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectAccessible(page);
  await page.getByRole("textbox").first().fill(email);
  await page.getByRole("button", { name: ur.signIn.submit }).click();
  await expect.poll(async () => (await sql<{ subject: string }[]>`select subject from email_outbox where to_address = ${email}`)[0]?.subject).toBe(ur.email.signIn.title.replace("{siteName}", "Let's Talk"));
  const [message] = await sql<{ html: string }[]>`select html_body as html from email_outbox where to_address = ${email}`;
  expect(message?.html).toContain('<html lang="ur" dir="rtl">');
});

const PUBLIC_PAGES = ["/", "/topics", "/topics/building-a-coventry-that-works-for-all", "/surveys", "/surveys/employer-skills-gap-survey", "/sign-in", "/accessibility", "/privacy", "/open-data", "/topics/no-such-topic"];
const OFFICER_PAGES = ["/profile", "/profile/data", "/console", "/console/moderation", "/console/topics", "/console/surveys", "/console/organisations", "/console/partners"];

for (const locale of ["ur", "pl"] as const) {
  test(`every page visited in ${locale === "ur" ? "Urdu" : "Polish"} has no accessibility problems, and no English key shows`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await context.addCookies([{ name: "lt_locale", value: locale, url: E2E_BASE_URL }]);
    const visit = async (path: string) => {
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
      // A raw message key (namespace.key) never reaches the page.
      await expect(page.locator("main"), path).not.toContainText(/\b(layout|errors|problems|validation|language)\.[a-z]+[A-Za-z.]*\b/);
      await expectAccessible(page);
    };
    for (const path of PUBLIC_PAGES) await visit(path);
    await signIn(page, await createAccount("officer", "Language Officer"), "/profile");
    for (const path of OFFICER_PAGES) await visit(path);
  });
}
