import { randomUUID } from "node:crypto";
import { createAccount, createOrganisation, createTopic, sql, uniqueEmail, uniqueTag, userId } from "./support/db";
import { ALONE, expect, expectAccessible, signIn, test } from "./support/fixtures";

/**
 * Partner contacts of an organisation of the journey's own, made directly in the database (the
 * partners console has its own journeys), and a comment to quote: on a topic of the journey's own
 * (in the demo topic's themes), worded uniquely, so the preview shows this journey's quote once.
 */
async function insertContacts(organisationName = `Summary Test Partners ${uniqueTag()}`) {
  const organisation = await createOrganisation(organisationName);
  const QUOTE = `The evening buses to Foleshill need safer crossings near the stops, especially in winter (${uniqueTag()}).`;
  const active = { id: randomUUID(), name: `Priya Partner ${randomUUID().slice(0, 6)}`, email: uniqueEmail("priya") };
  const gone = { id: randomUUID(), name: `Gone Contact ${randomUUID().slice(0, 6)}`, email: uniqueEmail("gone") };
  await sql`insert into partner_contacts (id, organisation_id, name, email, frequency, all_themes, send_when_quiet, status)
    values (${active.id}, ${organisation.id}, ${active.name}, ${active.email}, 'weekly', true, true, 'active'),
           (${gone.id}, ${organisation.id}, ${gone.name}, ${gone.email}, 'weekly', true, true, 'unsubscribed')`;
  // A published comment a week ago: always in the last completed week, so the preview has a quote.
  // Its author is named: the quote must not say who wrote it.
  const topic = await createTopic({ themes: true });
  const author = await createAccount("resident", `Amira ${uniqueTag()}`, { trusted: true });
  await sql`insert into comments (topic_id, author_id, body, status, submission_key, helpful_count, created_at)
    values (${topic.id}, ${await userId(author)}, ${QUOTE}, 'published', ${randomUUID()}, 50, now() - interval '7 days')`;
  return { organisation, active, gone, QUOTE };
}

test("an officer previews a partner's summary, checks the email, and sends a one-off summary", async ({ page, officer }) => {
  test.setTimeout(120_000);
  const { organisation, active, gone, QUOTE } = await insertContacts();
  await signIn(page, officer, "/console/summaries");
  await expect(page.getByRole("heading", { name: "Summaries", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Preview a summary for any contact and period" }).click();
  await page.getByLabel("Partner contact").selectOption({ label: `${active.name} (${active.email})` });
  await page.getByRole("button", { name: "Show preview" }).click();
  await expect(page.getByTestId("preview-subject")).toContainText("Let's Talk summary: week of");
  await expect(page.getByTestId("email-text")).toContainText(QUOTE);
  await expect(page.getByTestId("email-text")).not.toContainText("Amira");
  const frame = page.frameLocator("iframe.email-frame");
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Let's Talk summary: week of");
  await expect(frame.getByText(QUOTE)).toBeVisible();
  await expectAccessible(page, { exclude: ["iframe.email-frame"] });
  await page.locator("iframe.email-frame").screenshot({ path: "test-results/summaries-preview-frame.png" });

  // The email on its own, as a mail client shows it: axe must find nothing wrong with it either. The
  // route serves it under a sandbox policy (no scripts, so no axe): axe checks the same HTML set as a page.
  const href = await page.getByRole("link", { name: "Open the email on its own page" }).getAttribute("href");
  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-security-policy"]).toContain("sandbox");
  await page.goto("about:blank");
  await page.setContent(await response.text());
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Let's Talk summary");
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Survey responses" }).first()).toBeVisible();
  await expect(page.getByText(/80% of 200 who answered said "Yes"/).first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/summaries-email.png", fullPage: true });

  // A one-off summary of the employer survey, to one active and one unsubscribed contact.
  await page.goto("/console/summaries/send");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send the summary" }).click();
  const form = page.getByRole("form", { name: "Send a one-off summary" });
  await expect(form.getByRole("alert")).toContainText("Choose a topic or a survey.");
  await expect(form.getByRole("alert")).toContainText("Choose at least one contact.");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/summaries-send-errors.png", fullPage: true });

  await page.getByLabel("What is the summary about?").selectOption({ label: "Employer skills-gap survey" });
  const group = page.getByRole("group", { name: organisation.name });
  await group.getByLabel(new RegExp(active.name)).check();
  await group.getByLabel(new RegExp(gone.name)).check();
  await page.getByLabel("I have checked the topic or survey and the contacts, and want to send this now").check();
  await page.getByRole("button", { name: "Send the summary" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Queued" })).toContainText("Queued 1 email (1 skipped: unsubscribed or bounced).");
  await expectAccessible(page);

  const rows = await sql<{ to_address: string; status: string; category: string }[]>`select to_address, status, category from email_outbox where contact_id in (${active.id}, ${gone.id})`;
  expect(rows).toEqual([{ to_address: active.email, status: "queued", category: "summary" }]);

  await page.getByRole("link", { name: "See the queued emails and their status" }).click();
  const row = page.getByRole("row", { name: new RegExp(active.email.replace(/[.+]/g, "\\$&")) });
  await expect(row).toContainText("One-off");
  await expect(row).toContainText(/Queued|Sent/);
  await page.screenshot({ path: "test-results/summaries-index.png", fullPage: true });
});

// @alone: "queue due summaries" queues every active contact's summary, other journeys' contacts too.
test("an officer queues the summaries that are due now, and pressing again queues none", { tag: ALONE }, async ({ page, officer }) => {
  // The summaries page lists the 20 newest summary emails, and a run queues contacts in organisation
  // then name order (byte order here): an organisation named to come after every other (and after
  // those of earlier runs) has its contact queued last, so its email is among them.
  const { active, gone } = await insertContacts(`Zz Summaries Partners ${Date.now()}`);
  await signIn(page, officer, "/console/summaries");
  const form = page.getByRole("form", { name: "Queue the summaries that are due now" });

  await form.getByRole("button", { name: "Queue due summaries now" }).click();
  await expect(form.getByRole("status")).toContainText(/^Queued \d+ summar(y|ies)/);
  await expectAccessible(page);
  const queued = await sql<{ idempotency_key: string; headers: Record<string, string> }[]>`
    select idempotency_key, headers from email_outbox where contact_id in (${active.id}, ${gone.id}) and category = 'summary'`;
  expect(queued).toHaveLength(1);
  expect(queued[0]?.idempotency_key).toMatch(new RegExp(`^summary:${active.id}:\\d{4}-W\\d{2}$`));
  expect(queued[0]?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  await expect(page.getByRole("row", { name: new RegExp(active.email.replace(/[.+]/g, "\\$&")) })).toContainText("Scheduled");

  await form.getByRole("button", { name: "Queue due summaries now" }).click();
  await expect(form.getByRole("status")).toContainText("No new summaries queued");
  const [again] = await sql<{ count: number }[]>`select count(*)::int as count from email_outbox where contact_id = ${active.id} and category = 'summary'`;
  expect(again?.count).toBe(1);
});
