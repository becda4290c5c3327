import { createAccount, createTopic, sql, uniqueTag } from "./support/db";
import { signIn, test } from "./support/fixtures";

test("375px screenshots of the report pages", async ({ browser }) => {
  const topic = await createTopic({ title: `Shots ${uniqueTag()}`, status: "closed", themes: true });
  for (let index = 0; index < 12; index += 1) {
    const [author] = await sql<{ id: string }[]>`insert into users (email, name, role) values (${`shot-${uniqueTag()}@example.test`}, 'X', 'resident') returning id`;
    await sql`insert into comments (topic_id, author_id, body, status, submission_key) values (${topic.id}, ${author?.id ?? null}, ${`Comment about a long street name and crossings ${index}`}, 'published', gen_random_uuid())`;
  }
  const [subject] = await sql<{ id: string }[]>`insert into insight_subjects (kind, topic_id) values ('topic', ${topic.id}) returning id`;
  const [theme] = await sql<{ id: string }[]>`insert into insight_themes (subject_id, label, key_phrases) values (${subject?.id ?? null}, 'Safer crossings near primary schools', '["crossing"]') returning id`;
  await sql`insert into insight_codings (theme_id, item_kind, item_id, source, score) select ${theme?.id ?? null}, 'comment', id, 'analysis', 0.5 from comments where topic_id = ${topic.id}`;
  const [survey] = await sql<{ id: string }[]>`select id from surveys where status = 'open' order by created_at limit 1`;
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await signIn(page, await createAccount("officer"), `/console/topics/${topic.id}/report`);
  const slices = async (name: string) => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, index = 0; y < height; y += 1000, index += 1) await page.screenshot({ path: `/tmp/report-shots/${name}-${index}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: Math.min(1000, height - y) } });
  };
  await slices("topic-report");
  await page.getByLabel("What the council decided").fill("Two crossings will be built by the schools in the spring.");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await page.getByText("The draft was saved.").waitFor();
  await page.getByRole("button", { name: "Publish the report" }).click();
  await page.getByText(/The report was published/).waitFor();
  await slices("topic-report-published");
  await page.goto(`/console/surveys/${survey?.id}/report`);
  await slices("survey-report");
  const reader = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  await reader.goto(`/topics/${topic.slug}`);
  await reader.screenshot({ path: "/tmp/report-shots/public-topic.png", fullPage: false });
  await reader.getByRole("region", { name: "You said, we did" }).screenshot({ path: "/tmp/report-shots/public-section.png" });
  await reader.goto(`/topics/${topic.slug}?lang=ar`);
  await reader.locator(".you-said-we-did").screenshot({ path: "/tmp/report-shots/public-section-ar.png" });
});
