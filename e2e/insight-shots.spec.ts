import { FIXED_CORPUS } from "@/lib/domain/insight/fixed-corpus";
import { copySurvey, createAccount, createTopic, sql, userId } from "./support/db";
import { expect, signIn, test } from "./support/fixtures";

test("screenshots at 375px", async ({ page, officer }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const topic = await createTopic();
  const author = await userId(await createAccount("resident", "Shot Writer"));
  for (const item of FIXED_CORPUS) await sql`insert into comments (topic_id, author_id, body, locale, status, submission_key) values (${topic.id}, ${author}, ${item.text}, ${item.locale}, 'published', gen_random_uuid())`;
  await signIn(page, officer, `/console/topics/${topic.id}/analysis`);
  await page.getByRole("form", { name: "Analysis" }).getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Last analysed" })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "/tmp/wk/topic-analysis.png", fullPage: true });
  await page.locator("details").first().locator("summary").click();
  await page.screenshot({ path: "/tmp/wk/topic-analysis-tools.png", fullPage: false });
  const survey = await copySurvey("employer-skills-gap-survey");
  await page.goto(`/console/surveys/${survey.id}/analysis`);
  await page.screenshot({ path: "/tmp/wk/survey-analysis.png", fullPage: true });
});
