import path from "node:path";
import { copySurvey, createAccount, createTopic, sql, userId } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const FIXTURES = path.join(__dirname, "..", "tests", "fixtures", "population");

/** The person's "about you" row, as stored. */
async function profileOf(email: string) {
  const [row] = await sql<{ age_band: string | null; ethnic_group: string | null; religion: string | null; main_language: string | null; asked_at: Date | null; declined_at: Date | null }[]>`
    select age_band, ethnic_group, religion, main_language, asked_at, declined_at from equalities_profiles where user_id = ${await userId(email)}`;
  return row ?? null;
}

/** `count` people who commented on the topic, each with these answers (none when null). */
async function participants(topicId: string, count: number, answers: { sex: string; ethnic_group: string } | null) {
  for (let index = 0; index < count; index += 1) {
    const id = await userId(await createAccount("resident", `Participant ${index}`));
    await sql`insert into comments (topic_id, author_id, body, status, submission_key) values (${topicId}, ${id}, 'Taking part', 'published', gen_random_uuid())`;
    if (answers) await sql`insert into equalities_profiles (user_id, sex, ethnic_group, answered_at) values (${id}, ${answers.sex}, ${answers.ethnic_group}, now())`;
  }
}

test("a resident's first comment brings the invitation once; 'No thanks' is recorded", async ({ page }) => {
  const resident = await createAccount("resident", "Nadia Test");
  const topic = await createTopic();
  await signIn(page, resident, `/topics/${topic.slug}`);
  const form = page.getByRole("form", { name: "Write a comment" });
  await form.getByLabel("Your comment").fill("More benches along the canal path, please.");
  await form.getByRole("button", { name: "Post comment" }).click();
  // A new account's first comment is held for a moderator: it still counts, and the invitation follows.
  await expect(form.getByRole("status")).toHaveText("Thank you. Your comment will appear once a moderator has checked it.");
  const invitation = page.getByRole("region", { name: "Help us hear from everyone" });
  await expect(invitation).toContainText("Council officers only ever see counts of 10 people or more, never your answers.");
  await expect(invitation.getByRole("link", { name: "Answer the questions" })).toHaveAttribute("href", "/profile/about-you");
  await expectAccessible(page);

  await invitation.getByRole("button", { name: "No thanks" }).click();
  await expect(invitation.getByRole("status")).toHaveText("Thank you. We will not ask you again. You can still answer the questions at any time from your profile.");
  await expect.poll(async () => (await profileOf(resident))?.declined_at).not.toBeNull();
  expect(await profileOf(resident)).toMatchObject({ age_band: null, ethnic_group: null, asked_at: expect.any(Date) });

  // Never again: the next comment brings no invitation.
  await page.reload();
  await form.getByLabel("Your comment").fill("And better lighting at the bridge.");
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  await expect(page.getByRole("region", { name: "Help us hear from everyone" })).toHaveCount(0);
});

test("a resident answers the questions, changes an answer, reads them in Urdu and deletes them", async ({ page, resident }) => {
  await signIn(page, resident, "/profile");
  await page.getByRole("link", { name: "Answer the questions about you" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await expect(page.getByText("Council officers only see how many people gave each answer, and only when that is 10 people or more.")).toBeVisible();
  await expectAccessible(page);

  const question = (name: string) => page.getByRole("group", { name });
  await question("What is your age?").getByLabel("25 to 34").check();
  await question("What is your ethnic group?").getByLabel("Pakistani").check();
  await question("What is your religion?").getByLabel("Prefer not to say").check();
  await question("What is your main language?").getByLabel("Urdu").check();
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect(page.getByRole("status")).toHaveText("Thank you. Your answers are saved. You can change them here at any time.");
  expect(await profileOf(resident)).toMatchObject({ age_band: "25_34", ethnic_group: "asian_pakistani", religion: "prefer_not_to_say", main_language: "urdu" });
  await expect(question("What is your ethnic group?").getByLabel("Pakistani")).toBeChecked();

  // Changed: one answer, the others kept; skipped questions stay unanswered.
  await question("What is your religion?").getByLabel("Muslim").check();
  await page.getByRole("button", { name: "Save my answers" }).click();
  await expect.poll(async () => (await profileOf(resident))?.religion).toBe("muslim");
  expect(await profileOf(resident)).toMatchObject({ age_band: "25_34", ethnic_group: "asian_pakistani", main_language: "urdu" });
  await expectAccessible(page);

  // The same page in Urdu, right to left, with the saved answers chosen.
  await page.goto("/profile/about-you?lang=ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "آپ کے بارے میں" })).toBeVisible();
  await expect(page.getByRole("group", { name: "آپ کا مذہب کیا ہے؟" }).getByLabel("مسلمان")).toBeChecked();
  await expectAccessible(page);
  await page.goto("/profile/data?lang=en");
  await expect(page.getByText("4 answers to the questions about you, kept apart from everything else")).toBeVisible();

  await page.goto("/profile/about-you");
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await expect(page.locator(".error-summary")).toContainText("Tick the box to confirm that you want to delete your answers.");
  expect(await profileOf(resident)).toMatchObject({ religion: "muslim" });
  await page.getByLabel("I want to delete my answers about me").check();
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await expect(page.getByRole("status")).toHaveText("Your answers are deleted.");
  expect(await profileOf(resident)).toBeNull();
  await expect(question("What is your religion?").getByLabel("Muslim")).not.toBeChecked();
  await expectAccessible(page);
});

test("an officer sees suppressed counts, is refused a file with bad rows, uploads a good one and sees who is missing", async ({ page, officer, browser }) => {
  const topic = await createTopic();
  await participants(topic.id, 14, { sex: "female", ethnic_group: "asian_pakistani" });
  await participants(topic.id, 12, { sex: "male", ethnic_group: "white_british" });
  await participants(topic.id, 3, { sex: "male", ethnic_group: "black_african" });
  await participants(topic.id, 11, null);

  await signIn(page, officer, "/console/equalities");
  await page.getByLabel("Show the people who took part in").selectOption({ label: topic.title });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: `Topic: ${topic.title}` })).toBeVisible();
  await expect(page.getByText("40 people took part")).toBeVisible();
  const ethnic = page.getByRole("table", { name: "What is your ethnic group?" });
  await expect(ethnic.getByRole("row", { name: /Pakistani/ })).toContainText("14");
  await expect(ethnic.getByRole("row", { name: /: African / })).toContainText("Fewer than 10");
  await expect(page.getByRole("table", { name: "What is your sex?" }).getByRole("row", { name: /Female/ })).toContainText("14");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Who are we missing? Compare with the area’s population" }).click();
  await expect(page.getByText("No population figures have been uploaded, so there is nothing to compare with.")).toBeVisible();
  await page.getByRole("link", { name: "Upload population figures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Population figures" })).toBeVisible();
  await expect(page.getByText("No population figures have been uploaded yet.")).toBeVisible();
  await expectAccessible(page);

  // A file with bad rows: refused row by row, nothing saved, what was typed kept.
  const upload = page.getByRole("form", { name: "Upload population figures" });
  await upload.getByLabel("Source").fill("Fictional test figures");
  await upload.getByLabel("CSV file").setInputFiles(path.join(FIXTURES, "fictional-area-bad-rows.csv"));
  await upload.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.locator(".error-summary")).toContainText("fictional-area-bad-rows.csv was not saved: 7 of its 9 rows have problems.");
  const refused = page.getByRole("table", { name: "The rows of fictional-area-bad-rows.csv with problems" });
  await expect(refused.getByRole("row")).toHaveCount(8);
  await expect(refused.getByRole("row", { name: /^3 / })).toContainText("Leave out “prefer_not_to_say”");
  await expect(refused.getByRole("row", { name: /^8 / })).toContainText("sex “female” is already on row 2.");
  await expect(upload.getByLabel("Source")).toHaveValue("Fictional test figures");
  const [{ total: tables } = { total: -1 }] = await sql<{ total: number }[]>`select count(*)::int as total from population_tables`;
  expect(tables).toBe(0);
  await expectAccessible(page);

  await upload.getByLabel("CSV file").setInputFiles(path.join(FIXTURES, "fictional-area.csv"));
  await upload.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByRole("status")).toHaveText("The population figures are saved. They replace any earlier figures for the same area.");
  await expect(page.getByRole("table", { name: "Figures uploaded" }).getByRole("row", { name: /The whole council area/ })).toContainText("Fictional test figures");

  await page.goto(`/console/equalities/missing?scope=topic:${topic.id}`);
  await expect(page.getByText("Compared with the figures for The whole council area (Fictional test figures)")).toBeVisible();
  // 29 gave an ethnic group: 12 White British (41.4%) against 53% of the area.
  const missing = page.getByRole("table", { name: "The groups most under-represented" });
  await expect(missing.getByRole("row").nth(1)).toContainText("Ethnic group: White: English, Welsh, Scottish, Northern Irish or British");
  await expect(missing.getByRole("row").nth(1)).toContainText("11.6 points fewer");
  await expect(page.getByRole("table", { name: "What is your ethnic group?" }).getByRole("row", { name: /: African / })).toContainText("under 34.5%");
  await expectAccessible(page);

  // Partners never see any of it.
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signIn(partnerPage, await createAccount("partner", "Test partner"), "/profile");
  expect((await partnerPage.goto("/console/equalities"))?.status()).toBe(403);
  await partnerContext.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a signed-in resident's first survey response brings the invitation on the confirmation page, and 'No thanks' is a plain form", async ({ page }) => {
    const resident = await createAccount("resident", "Sam Test");
    const survey = await copySurvey("a-coventry-that-works-for-all");
    await signIn(page, resident, `/surveys/${survey.slug}`);
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByRole("group", { name: /get on in your area/ }).getByLabel(/^4/).check();
    await page.getByLabel(/belong to your neighbourhood/).selectOption({ label: "Very strongly" });
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Taking part" })).toBeVisible();
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("button", { name: "Accept and send" }).click();
    await expect(page.getByRole("heading", { name: "Answers sent" })).toBeVisible();
    const invitation = page.getByRole("region", { name: "Help us hear from everyone" });
    await expect(invitation.getByRole("link", { name: "Answer the questions" })).toBeVisible();
    await invitation.getByRole("button", { name: "No thanks" }).click();
    await expect(page.getByRole("heading", { name: "Answers sent" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Help us hear from everyone" })).toHaveCount(0);
    expect(await profileOf(resident)).toMatchObject({ asked_at: expect.any(Date), declined_at: expect.any(Date) });
  });
});
