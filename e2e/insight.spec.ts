import { FIXED_CORPUS } from "@/lib/domain/insight/fixed-corpus";
import { copySurvey, createAccount, createTopic, sql, userId } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

/** The fixed corpus's comments, and 15 more about bus passes (a theme big enough to show its count), by residents. */
async function seedComments(topicId: string) {
  const author = await userId(await createAccount("resident", "Corpus Writer"));
  const bodies = [...FIXED_CORPUS.map((item) => ({ text: item.text, locale: item.locale })), ...Array.from({ length: 15 }, (_, index) => ({ text: `A cheaper bus pass would help me get to work, says writer ${index}.`, locale: "en" }))];
  for (const [index, body] of bodies.entries()) {
    await sql`insert into comments (topic_id, author_id, body, locale, status, submission_key, created_at)
      values (${topicId}, ${author}, ${body.text}, ${body.locale}, 'published', gen_random_uuid(), now() - ${`${bodies.length - index} minutes`}::interval)`;
  }
}

test("an officer analyses a topic's comments, merges two themes, codes a comment, reads the counts and publishes the report; a resident sees \"you said, we did\"", async ({ page, officer, browser }) => {
  const topic = await createTopic();
  await seedComments(topic.id);
  await signIn(page, officer, `/console/topics/${topic.id}/analysis`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Themes in the comments on ${topic.title}`);
  await expect(page.getByText("Not analysed yet.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("form", { name: "Analysis" }).getByRole("button", { name: "Analyse" }).click();
  // The job runs after the response; the page refreshes itself until it is done.
  await expect(page.getByRole("status").filter({ hasText: "Last analysed" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 3, name: /^Right to work checks/ })).toBeVisible();
  const checks = page.getByRole("article", { name: /^Right to work checks/ });
  await expect(checks.getByRole("link", { name: "Read it in full" }).first()).toHaveAttribute("href", new RegExp(`^/topics/${topic.slug}#comment-`));
  const otherLanguages = page.getByRole("region", { name: "Not analysed: other languages" });
  await expect(otherLanguages.getByRole("heading", { name: "Polski: 2" })).toBeVisible();
  await expectAccessible(page);

  const merge = page.getByRole("form", { name: "Merge themes" });
  await merge.getByLabel(/^Childcare \(/).check();
  await merge.getByLabel(/^Skills gap \(/).check();
  await merge.getByLabel("Name of the merged theme (optional)").fill("Childcare and skills");
  await merge.getByRole("button", { name: "Merge the chosen themes" }).click();
  await expect(merge.getByRole("status")).toHaveText("Themes merged.");
  await expect(page.getByRole("heading", { level: 3, name: /^Childcare and skills/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /^Skills gap/ })).toHaveCount(0);

  const items = page.getByRole("form", { name: "Find items" });
  await items.getByLabel("Containing").fill("asking residents");
  await items.getByRole("button", { name: "Find" }).click();
  const add = page.getByRole("form", { name: "Add to a theme" });
  await expect(add).toHaveCount(1);
  await add.getByLabel("Add to a theme").selectOption({ label: "Childcare and skills" });
  await add.getByRole("button", { name: "Add" }).click();
  await expect(add.getByRole("status")).toHaveText("Added to the theme.");
  const tags = page.getByRole("list", { name: "Themes of this item" });
  await expect(tags).toContainText("Childcare and skills");
  await expect(tags).toContainText("coded by Test officer on");

  // Who changed what is kept: the audit log, shown newest first.
  await expect(page.getByRole("region", { name: "Recent changes" })).toContainText("Test officer: merged themes into “Childcare and skills”");

  const counts = page.getByRole("region", { name: "Counts by theme" });
  const table = counts.getByRole("table", { name: "Items in each theme by Neighbourhood" });
  await expect(table.getByRole("row", { name: /^Childcare and skills/ })).toBeVisible();
  await expect(table).toContainText("Fewer than 10");
  await expect(counts.getByRole("link", { name: "Download these counts (CSV)" })).toHaveAttribute("href", `/api/console/insight/counts.csv?topicId=${topic.id}&by=neighbourhood`);
  const csv = await page.request.get(`/api/console/insight/counts.csv?topicId=${topic.id}&by=age_band`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Childcare and skills");
  await expectAccessible(page);

  // The report counts and quotes the themes as the officers left them; published, residents see it.
  await page.goto(`/console/topics/${topic.id}/report`);
  await expect(page.locator(".report-preview").getByRole("table", { name: "Comments and answers by theme" })).toContainText("Childcare and skills");
  await page.getByLabel("What the council decided").fill("The council will fund a cheaper bus pass for people looking for work.");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByText("The draft was saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish the report" }).click();
  await expect(page.getByText(/The report was published\./)).toBeVisible();
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/topics/${topic.slug}`);
  const section = reader.getByRole("region", { name: "You said, we did" });
  await expect(section).toContainText("Childcare and skills");
  await expect(section).toContainText("The council will fund a cheaper bus pass for people looking for work.");
  await expectAccessible(reader);
  await readerContext.close();
});

test("an officer chooses a survey's written-answer question to analyse", async ({ page, officer }) => {
  const survey = await copySurvey("employer-skills-gap-survey");
  await signIn(page, officer, `/console/surveys/${survey.id}/analysis`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Themes in the answers to ${survey.title}`);
  await expect(page.getByLabel("Question", { exact: true })).toHaveValue("hard_to_fill");
  await expect(page.getByText("Not analysed yet.")).toBeVisible();
  await expectAccessible(page);
});
