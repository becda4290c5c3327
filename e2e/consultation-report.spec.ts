import { readFileSync } from "node:fs";
import { createAccount, createTopic, sql, uniqueTag, userId } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

/** Twelve published comments by twelve people, coded into one theme (the first quoted best), as the analysis would leave them. */
async function commentsInATheme(topicId: string, label: string): Promise<void> {
  const ids: string[] = [];
  for (let index = 0; index < 12; index += 1) {
    const body = index === 0 ? "Please add a crossing by the school, email me at parent@example.com" : `Slower traffic near the school, please (${index})`;
    const [author] = await sql<{ id: string }[]>`insert into users (email, name, role) values (${`commenter-${uniqueTag()}@example.test`}, 'Secret Name', 'resident') returning id`;
    const [row] = await sql<{ id: string }[]>`insert into comments (topic_id, author_id, body, status, submission_key) values (${topicId}, ${author?.id ?? null}, ${body}, 'published', gen_random_uuid()) returning id`;
    if (row) ids.push(row.id);
  }
  const [subject] = await sql<{ id: string }[]>`insert into insight_subjects (kind, topic_id) values ('topic', ${topicId}) returning id`;
  const [theme] = await sql<{ id: string }[]>`insert into insight_themes (subject_id, label, key_phrases) values (${subject?.id ?? null}, ${label}, '["crossing", "school"]') returning id`;
  for (const [index, id] of ids.entries()) {
    await sql`insert into insight_codings (theme_id, item_kind, item_id, source, score) values (${theme?.id ?? null}, 'comment', ${id}, 'analysis', ${1 - index / 100})`;
  }
}

test("an officer drafts, downloads and publishes a topic's report; a resident sees \"you said, we did\"", async ({ browser }) => {
  const topic = await createTopic({ title: `Crossings near schools ${uniqueTag()}`, status: "closed", themes: true });
  await commentsInATheme(topic.id, "Crossings by schools");
  const resident = await createAccount("resident");
  await sql`insert into topic_follows (topic_id, user_id) values (${topic.id}, ${await userId(resident)})`;

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, await createAccount("officer"), `/console/topics/${topic.id}`);
  await officer.getByRole("link", { name: "Consultation report" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: `Consultation report: ${topic.title}` })).toBeVisible();
  await expect(officer.getByText("Not saved yet")).toBeVisible();
  // Before it is saved there is nothing to publish; the preview already has the figures, suppressed and anonymised.
  await expect(officer.getByRole("button", { name: "Publish the report" })).toHaveCount(0);
  const preview = officer.locator(".report-preview");
  await expect(preview.getByRole("table", { name: "Comments and answers by theme" })).toContainText("Crossings by schools12");
  await expect(preview).toContainText("email me at [email]");
  await expect(preview).not.toContainText("parent@example.com");
  await expect(preview).not.toContainText("Secret Name");
  await expectAccessible(officer);

  // Bad input: the problems are named and what was typed is kept.
  const form = officer.getByRole("form", { name: "The report" });
  await officer.getByLabel("Title").fill("");
  await officer.getByLabel('Narrative for "What people said: themes"').fill("Crossings came up most.");
  await officer.getByLabel("What the council decided").fill("x".repeat(10_001));
  await officer.getByRole("button", { name: "Save the draft" }).click();
  await expect(form.getByRole("alert")).toContainText("Enter a title for the report.");
  await expect(form.getByRole("alert")).toContainText("The decision must be 10,000 characters or fewer.");
  await expect(officer.getByLabel('Narrative for "What people said: themes"')).toHaveValue("Crossings came up most.");
  await expectAccessible(officer);

  await officer.getByLabel("Title").fill("What you told us about crossings");
  await officer.getByRole("checkbox", { name: 'Include "How we did this"' }).uncheck();
  await officer.getByLabel("What the council decided").fill("Two crossings will be built by the schools in the spring.");
  await officer.getByRole("button", { name: "Save the draft" }).click();
  await expect(officer.getByText("The draft was saved.")).toBeVisible();
  await expect(preview.getByRole("heading", { name: "How we did this" })).toHaveCount(0);
  await expect(preview).toContainText("Crossings came up most.");

  for (const [name, start] of [["Word document (DOCX)", "PK"], ["Accessible PDF", "%PDF-"]] as const) {
    const [download] = await Promise.all([officer.waitForEvent("download"), officer.getByRole("link", { name }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${topic.slug}-consultation-report-draft-\\d{4}-\\d{2}-\\d{2}\\.(docx|pdf)$`));
    expect(readFileSync(await download.path()).subarray(0, start.length).toString()).toBe(start);
  }

  await officer.getByRole("button", { name: "Publish the report" }).click();
  await expect(officer.getByText(/The report was published\. \d+ emails? (was|were) queued\./)).toBeVisible();
  await expect(officer.getByRole("button", { name: "Unpublish the report" })).toBeVisible();
  await expect(officer.getByLabel("Title")).toBeDisabled();
  await expectAccessible(officer);
  const [mail] = await sql<{ subject: string }[]>`select subject from email_outbox where to_address = ${resident} and category = 'report'`;
  expect(mail?.subject).toBe(`You said, we did: ${topic.title}`);

  // A resident, signed out, on the cached topic page: publishing cleared it.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/topics/${topic.slug}`);
  const section = reader.getByRole("region", { name: "You said, we did" });
  await expect(section).toContainText("Crossings by schools: 12");
  await expect(section).toContainText("Two crossings will be built by the schools in the spring.");
  // The open data's reports link here (`/topics/<slug>#report`).
  await expect(section).toHaveAttribute("id", "report");
  await expectAccessible(reader);
  const [pdf] = await Promise.all([reader.waitForEvent("download"), section.getByRole("link", { name: "Download the report (accessible PDF)" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/-consultation-report-\d{4}-\d{2}-\d{2}\.pdf$/);

  // Unpublished: gone from the public page.
  await officer.getByRole("button", { name: "Unpublish the report" }).click();
  await expect(officer.getByText("The report was unpublished: it is no longer on the public page.")).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole("region", { name: "You said, we did" })).toHaveCount(0);
  await Promise.all([officerContext.close(), readerContext.close()]);
});

test("a survey's report page works without JavaScript and keeps what was typed", async ({ browser }) => {
  const [survey] = await sql<{ id: string }[]>`select id from surveys where status = 'open' order by created_at limit 1`;
  const officer = await createAccount("officer");
  // axe runs in the page, so with JavaScript; then the form without it.
  const withScripts = await browser.newContext();
  const scripted = await withScripts.newPage();
  await signIn(scripted, officer, `/console/surveys/${survey?.id}/report`);
  await expect(scripted.getByRole("link", { name: "Consultation report", exact: true })).toHaveAttribute("aria-current", "page");
  await expectAccessible(scripted);
  await withScripts.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, officer, `/console/surveys/${survey?.id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: /^Consultation report: / })).toBeVisible();
  for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
  await page.getByLabel('Narrative for "Results"').fill("Most employers have skills gaps.");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Include at least one section." })).toBeVisible();
  await expect(page.getByLabel('Narrative for "Results"')).toHaveValue("Most employers have skills gaps.");
  await context.close();
});
