import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { copySurvey, createAccount, createTopic, sql, userId } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { E2E_BASE_URL } from "./support/settings";

type Messages = {
  contentLanguage: Record<"topicTranslated" | "topicUntranslated" | "readOriginal" | "readingOriginal" | "commentLanguage" | "filterLabel" | "surveyTranslated" | "surveyPartial", string>;
  contentTranslations: Record<"topicLink" | "title" | "statusNone" | "statusComplete" | "save" | "back" | "tab", string>;
  comments: Record<"newFormLabel" | "newLabel" | "post", string>;
  surveyRespond: { start: Record<"startNow", string>; page: Record<"continue", string>; check: Record<"title" | "send", string>; confirmation: Record<"title", string> };
};
const messages = (locale: string): Messages => JSON.parse(readFileSync(path.join(__dirname, "..", "messages", `${locale}.json`), "utf8"));
const en = messages("en");
const ur = messages("ur");
const pl = messages("pl");

/** Reads the site in a language, as the chooser would remember it. */
async function readIn(page: Page, locale: string): Promise<void> {
  await page.context().addCookies([{ name: "lt_locale", value: locale, url: E2E_BASE_URL }]);
}

/** A published comment on a topic, written in a language, by a fresh trusted resident. */
async function commentIn(topicId: string, locale: string, body: string): Promise<void> {
  const author = await userId(await createAccount("resident", `Writer ${locale}`, { trusted: true }));
  await sql`insert into comments (topic_id, author_id, body, locale, status, submission_key, created_at)
    values (${topicId}, ${author}, ${body}, ${locale}, 'published', gen_random_uuid(), now() - interval '1 hour')`;
}

test("an officer translates a topic into Urdu; a resident reading in Urdu sees it, the note and the English original, and filters comments by language", async ({ page, browser, officer, resident, clientAddress }) => {
  test.setTimeout(120_000);
  const translated = await createTopic({ title: `Bus lanes on the ring road ${Date.now()}`, themes: true });
  const untranslated = await createTopic();
  await commentIn(translated.id, "en", "More buses after nine in the evening, please.");
  await commentIn(translated.id, "pl", "Autobusy do Foleshill wieczorem byłyby świetne.");

  // The officer translates the topic from its console page.
  await signIn(page, officer, `/console/topics/${translated.id}`);
  await page.getByRole("link", { name: en.contentTranslations.topicLink }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.contentTranslations.title })).toBeVisible();
  const urduRow = page.getByRole("row").filter({ hasText: "Urdu" });
  await expect(urduRow).toContainText(en.contentTranslations.statusNone);
  await expectAccessible(page);
  await urduRow.getByRole("link", { name: /Translate/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Translate into Urdu" })).toBeVisible();
  await expectAccessible(page);
  const form = page.getByRole("form", { name: "Translate into Urdu" });
  await form.getByLabel("Title in Urdu").fill("رنگ روڈ پر بس لینز");
  await expect(form.getByLabel("Title in Urdu")).toHaveAttribute("dir", "rtl");
  await form.getByLabel("Summary in Urdu").fill("ہمیں بتائیں کہ نئی بس لینز کہاں ہونی چاہییں۔");
  const body = form.getByRole("textbox", { name: "Description in Urdu" });
  await body.click();
  await page.keyboard.type("شام کے وقت مزید بسیں۔");
  await form.getByRole("button", { name: en.contentTranslations.save }).click();
  await expect(form.getByRole("status")).toHaveText("The translation into Urdu has been saved.");
  await page.getByRole("link", { name: en.contentTranslations.back }).click();
  await expect(page.getByRole("row").filter({ hasText: "Urdu" })).toContainText(en.contentTranslations.statusComplete);

  // A resident reading in Urdu sees the translation, marked as one, with a way to the English.
  const readerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress } });
  const reader = await readerContext.newPage();
  await readIn(reader, "ur");
  await signIn(reader, resident, `/topics/${translated.slug}`);
  await expect(reader.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("رنگ روڈ پر بس لینز");
  await expect(reader.getByRole("note").filter({ hasText: ur.contentLanguage.topicTranslated })).toBeVisible();
  await expect(reader.locator(".topic .prose").first()).toContainText("شام کے وقت مزید بسیں۔");
  await expectAccessible(reader);
  await reader.getByRole("link", { name: ur.contentLanguage.readOriginal }).click();
  await expect(reader).toHaveURL(/\?original=1$/);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(translated.title);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(reader.getByRole("note")).toContainText(ur.contentLanguage.readingOriginal);
  await expectAccessible(reader);

  // An untranslated topic: the English original, marked as English, and a note saying so.
  await reader.goto(`/topics/${untranslated.slug}`);
  await expect(reader.getByRole("note")).toHaveText(ur.contentLanguage.topicUntranslated);
  const heading = reader.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(untranslated.title);
  await expect(heading).toHaveAttribute("lang", "en");
  await expect(heading).toHaveAttribute("dir", "ltr");
  await expectAccessible(reader);

  // The topic list shows the translated card in Urdu and the other one marked as English.
  await reader.goto("/topics");
  await expect(reader.getByRole("link", { name: "رنگ روڈ پر بس لینز" })).toBeVisible();
  await expectAccessible(reader);

  // Comments stay in their own language, each marked with it; the resident writes one in Urdu.
  await reader.goto(`/topics/${translated.slug}`);
  const commentForm = reader.getByRole("form", { name: messages("ur").comments.newFormLabel });
  await expect(commentForm.getByLabel(ur.contentLanguage.commentLanguage)).toHaveValue("ur");
  const mine = `رات کو فول ہِل تک بسیں چاہییں ${Date.now()}`;
  await commentForm.getByLabel(messages("ur").comments.newLabel).fill(mine);
  await commentForm.getByRole("button", { name: messages("ur").comments.post }).click();
  await expect(commentForm.getByRole("status")).toBeVisible();
  const polish = reader.getByRole("listitem").filter({ hasText: "Autobusy do Foleshill" });
  await expect(polish).toContainText("Polski");
  await expect(polish.locator(".comment__body")).toHaveAttribute("lang", "pl");
  await expect(reader.getByRole("listitem").filter({ hasText: mine }).locator(".comment__body")).toHaveAttribute("lang", "ur");

  // Only comments in Urdu: a plain link, so it works without JavaScript too.
  const filter = reader.getByRole("navigation", { name: ur.contentLanguage.filterLabel });
  await filter.getByRole("link", { name: /اردو/ }).click();
  await expect(reader).toHaveURL(/commentsIn=ur/);
  await expect(reader.getByRole("listitem").filter({ hasText: mine })).toBeVisible();
  await expect(reader.getByRole("listitem").filter({ hasText: "Autobusy do Foleshill" })).toHaveCount(0);
  await expect(reader.getByRole("listitem").filter({ hasText: "More buses after nine" })).toHaveCount(0);
  await expectAccessible(reader);
  const [row] = await sql<{ locale: string }[]>`select locale from comments where body = ${mine}`;
  expect(row?.locale).toBe("ur");
  await readerContext.close();
});

test("a signed-out reader in Urdu gets the translated topic from the page cache, and the filtered discussion as its own page", async ({ page, officer }) => {
  const topic = await createTopic();
  await sql`insert into content_translations (topic_id, locale, fields, updated_by)
    values (${topic.id}, 'ur', ${sql.json({ title: { text: "کمیونٹی سینٹر", source: topic.title } })}, ${await userId(officer)})`;
  await commentIn(topic.id, "ur", "شام کی کلاسیں اچھی ہوں گی۔");
  await commentIn(topic.id, "en", "Evening classes would help.");
  await readIn(page, "ur");
  for (const attempt of [1, 2]) {
    await page.goto(`/topics/${topic.slug}`);
    await expect(page.getByRole("heading", { level: 1 }), `visit ${attempt}`).toHaveText("کمیونٹی سینٹر");
  }
  await page.goto(`/topics/${topic.slug}?sort=newest&commentsIn=ur`);
  await expect(page.getByRole("listitem").filter({ hasText: "شام کی کلاسیں" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Evening classes" })).toHaveCount(0);
  await page.goto(`/topics/${topic.slug}?sort=newest`);
  await expect(page.getByRole("listitem").filter({ hasText: "Evening classes" })).toBeVisible();
  await expectAccessible(page);
});

test("an officer translates a survey question into Polish; a resident answering in Polish sees it, the rest in English, and their answer counts by its key", async ({ page, browser, officer, clientAddress }) => {
  test.setTimeout(120_000);
  const survey = await copySurvey("a-coventry-that-works-for-all");
  await signIn(page, officer, `/console/surveys/${survey.id}`);
  await page.getByRole("link", { name: en.contentTranslations.tab }).click();
  await expect(page.getByRole("heading", { level: 1, name: en.contentTranslations.title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("row").filter({ hasText: "Polish" }).getByRole("link", { name: /Translate/ }).click();
  const form = page.getByRole("form", { name: "Translate into Polish" });
  // Each part has its English beside it.
  await expect(form.getByRole("group", { name: "Question 2" })).toContainText("How strongly do you feel you belong to your neighbourhood?");
  await form.getByLabel("Question 2 in Polish", { exact: true }).fill("Jak silnie czujesz się związany lub związana ze swoją okolicą?");
  const answers = ["Bardzo silnie", "Dość silnie", "Niezbyt silnie", "Wcale"];
  for (const [index, label] of answers.entries()) await form.getByLabel(`Answer ${index + 1} of question 2 in Polish`).fill(label);
  await form.getByRole("button", { name: en.contentTranslations.save }).click();
  await expect(form.getByRole("status")).toHaveText("The translation into Polish has been saved.");
  // The page lists what is still in English, each part linked to its field.
  await page.reload();
  await expect(page.getByRole("link", { name: "Question 1 in Polish", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Question 2 in Polish", exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // A resident reading in Polish answers without an account.
  const residentContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress } });
  const resident = await residentContext.newPage();
  await readIn(resident, "pl");
  await resident.goto(`/surveys/${survey.slug}`);
  await expect(resident.getByRole("note")).toContainText(pl.contentLanguage.surveyTranslated);
  await expect(resident.getByRole("note")).toContainText(pl.contentLanguage.surveyPartial);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expectAccessible(resident);
  await resident.getByRole("button", { name: pl.surveyRespond.start.startNow }).click();
  const belonging = resident.getByLabel("Jak silnie czujesz się związany lub związana ze swoją okolicą?");
  await expect(belonging).toBeVisible();
  await expect(resident.locator("legend span[lang=en]").filter({ hasText: "How well do people from different backgrounds get on in your area?" })).toBeVisible();
  await expectAccessible(resident);
  // Required questions left out: the problem names the question in Polish.
  await resident.getByRole("button", { name: pl.surveyRespond.page.continue, exact: true }).click();
  await expect(resident.locator(".error-summary")).toContainText("Jak silnie czujesz się związany lub związana ze swoją okolicą?");
  await resident.getByRole("group", { name: /get on in your area/ }).getByLabel("4", { exact: true }).check();
  await belonging.selectOption({ label: "Niezbyt silnie" });
  await resident.getByRole("button", { name: pl.surveyRespond.page.continue, exact: true }).click();
  await resident.getByRole("button", { name: pl.surveyRespond.page.continue, exact: true }).click();
  await expect(resident.getByRole("heading", { level: 1, name: pl.surveyRespond.check.title })).toBeVisible();
  await expect(resident.getByText("Niezbyt silnie")).toBeVisible();
  await expectAccessible(resident);
  await resident.getByRole("button", { name: pl.surveyRespond.check.send }).click();
  await expect(resident.getByRole("heading", { name: pl.surveyRespond.confirmation.title })).toBeVisible();
  await expectAccessible(resident);
  const reference = (await resident.locator(".survey-reference").textContent()) ?? "";
  const [response] = await sql<{ locale: string; answers: Record<string, unknown> }[]>`select locale, answers from survey_responses where reference = ${reference}`;
  expect(response?.locale).toBe("pl");
  expect(response?.answers).toMatchObject({ get_on: 4, belonging: "not_very" });
  await residentContext.close();
});
