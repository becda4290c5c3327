import type { Page } from "@playwright/test";
import { createTopic, sql, uniqueEmail } from "./support/db";
import { ALONE, expect, expectAccessible, requestSignInLink, signIn, test } from "./support/fixtures";

const TABLE = "Participation per week, weeks beginning on Monday";
const count = (value: number) => value.toLocaleString("en-GB");

// The dashboard's figures are the whole site's (every comment, response, moderation decision and
// email), so its journeys are @alone: no other journey writes between the page and the counts here.

/**
 * What the dashboard should count over its twelve weeks, worked out here straight from the tables
 * (by theme slug when given): published comments, and submitted responses. The twelve weeks end with
 * this one: anything dated later (journeys date some records ahead to order them) is in none of them.
 */
async function expectedTotals(themeSlug: string | null): Promise<{ comments: number; responses: number }> {
  const [row] = await sql<{ comments: number; responses: number }[]>`
    with span as (select ((date_trunc('week', now() at time zone 'Europe/London') - interval '11 weeks') at time zone 'Europe/London') as starts,
                         ((date_trunc('week', now() at time zone 'Europe/London') + interval '1 week') at time zone 'Europe/London') as ends)
    select
      (select count(*)::int from comments c, span where c.status = 'published' and c.created_at >= span.starts and c.created_at < span.ends
        and (${themeSlug}::text is null or exists (select 1 from topic_themes tt join themes th on th.id = tt.theme_id where tt.topic_id = c.topic_id and th.slug = ${themeSlug}))) as comments,
      (select count(*)::int from survey_responses r, span where r.status = 'submitted' and r.submitted_at >= span.starts and r.submitted_at < span.ends
        and (${themeSlug}::text is null or exists (select 1 from survey_themes st join themes th on th.id = st.theme_id where st.survey_id = r.survey_id and th.slug = ${themeSlug}))) as responses`;
  if (!row) throw new Error("no totals");
  return row;
}

async function expectTotals(page: Page, totals: { comments: number; responses: number }): Promise<void> {
  const total = page.getByRole("table", { name: TABLE }).getByRole("row", { name: /^Total, 12 weeks/ });
  await expect(total.getByRole("cell").nth(0)).toHaveText(count(totals.comments));
  await expect(total.getByRole("cell").nth(1)).toHaveText(count(totals.responses));
}

test("an officer reads participation, moderation, surveys and the outbox on the dashboard", { tag: ALONE }, async ({ page, officer }, testInfo) => {
  // A sign-in email for someone: the outbox has mail of the last 7 days to count. A comment
  // written five hours ago and rejected four hours later, and one held for the last three hours.
  await requestSignInLink(page, uniqueEmail("someone"));
  const own = await createTopic();
  await sql`
    with topic as (select id from topics where id = ${own.id}),
    written as (
      insert into comments (topic_id, body, status, submission_key, created_at, moderated_at)
      select id, 'Rejected for the dashboard test', 'rejected'::comment_status, gen_random_uuid(), now() - interval '5 hours', now() - interval '1 hour' from topic
      union all
      select id, 'Waiting for the dashboard test', 'held'::comment_status, gen_random_uuid(), now() - interval '3 hours', null::timestamptz from topic
      returning id, status
    )
    insert into audit_log (action, subject_type, subject_id, details, created_at)
    select 'comment.reject', 'comment', id::text, '{"from": "held", "to": "rejected"}'::jsonb, now() - interval '1 hour' from written where status = 'rejected'`;
  await signIn(page, officer, "/console");
  await expect(page.getByRole("heading", { name: "Participation over time" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Comments, survey responses and new participants per week/ })).toBeVisible();
  const table = page.getByRole("table", { name: TABLE });
  // Twelve weeks, a heading row and a total.
  await expect(table.getByRole("row")).toHaveCount(14);
  const totals = await expectedTotals(null);
  expect(totals.responses).toBeGreaterThanOrEqual(200);
  expect(totals.comments).toBeGreaterThan(0);
  await expectTotals(page, totals);

  await expect(page.getByRole("heading", { name: "Moderation", level: 2 })).toBeVisible();
  const [decided] = await sql<{ total: number }[]>`select count(*)::int as total from audit_log where subject_type = 'comment' and created_at > now() - interval '30 days'`;
  await expect(page.getByRole("listitem").filter({ hasText: "Decisions in the last 30 days" }).locator(".figure__value")).toHaveText(count(decided?.total ?? -1));
  await expect(page.getByRole("table", { name: "Moderation decisions in the last 30 days" })).toBeVisible();
  const surveys = page.getByRole("table", { name: "Open surveys: responses and completion rate" });
  const [skills] = await sql<{ title: string; submitted: number; drafts: number }[]>`
    select s.title, count(*) filter (where r.status = 'submitted')::int as submitted, count(*) filter (where r.status = 'draft')::int as drafts
    from surveys s join survey_responses r on r.survey_id = s.id where s.status = 'open' group by s.id order by 2 desc limit 1`;
  if (!skills) throw new Error("no open survey with responses");
  const row = surveys.getByRole("row", { name: new RegExp(`^${skills.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
  await expect(row.getByRole("cell").nth(1)).toHaveText(count(skills.submitted));
  await expect(row.getByRole("cell").nth(2)).toHaveText(count(skills.drafts));
  const outbox = page.getByRole("table", { name: "Emails of the last 7 days by status" });
  // Up to now, as the dashboard counts: nothing dated ahead.
  const [mail] = await sql<{ total: number }[]>`select count(*)::int as total from email_outbox where created_at > now() - interval '7 days' and created_at <= now()`;
  await expect(outbox.getByRole("row").last()).toBeVisible();
  expect(mail?.total).toBeGreaterThan(0);
  const counted = await outbox.getByRole("row").evaluateAll((rows) => rows.slice(1).reduce((sum, row) => sum + Number(row.querySelectorAll("td")[0]?.textContent?.replace(/,/g, "") ?? 0), 0));
  expect(counted).toBe(mail?.total);
  await expect(page.getByRole("link", { name: "Open the email outbox" })).toHaveAttribute("href", "/console/outbox");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("dashboard.png"), fullPage: true });
  for (const id of ["participation", "moderation", "open-surveys", "outbox-health"]) {
    await page.locator(`section[aria-labelledby="${id}"]`).screenshot({ path: testInfo.outputPath(`section-${id}.png`) });
  }
});

test("the theme filter works without JavaScript, and an unknown theme is reported", { tag: ALONE }, async ({ browser, page, officer }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await signIn(noScript, officer, "/console");
  const filters = noScript.getByRole("search", { name: "Filter participation" });
  await filters.getByLabel("Theme").selectOption({ label: "Jobs and economy" });
  await filters.getByRole("button", { name: "Show participation" }).click();
  await expect(noScript).toHaveURL(/[?&]theme=jobs-and-economy/);
  await expect(noScript.getByText("Showing participation for: Jobs and economy.")).toBeVisible();
  await expect(filters.getByLabel("Theme")).toHaveValue("jobs-and-economy");
  await expectTotals(noScript, await expectedTotals("jobs-and-economy"));

  await noScript.goto("/console?theme=no-such-theme");
  await expect(noScript.getByRole("link", { name: /There is no theme called “no-such-theme”/ })).toHaveAttribute("href", "#theme");
  await expect(filters.getByLabel("Theme")).toHaveValue("");
  await expectTotals(noScript, await expectedTotals(null));
  await context.close();

  // axe runs in the page's JavaScript: the same two pages, checked with it on.
  await signIn(page, officer, "/console?theme=jobs-and-economy");
  await expectAccessible(page);
  await page.goto("/console?theme=no-such-theme");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("unknown-theme.png") });
});
