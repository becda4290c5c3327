import { randomUUID } from "node:crypto";
import { corpusFamilies, XSS_CORPUS, type XssPayload } from "@/tests/support/xss-corpus";
import { createAccount, sql } from "./support/db";
import { expect, signIn, test } from "./support/fixtures";
import { E2E_BASE_URL } from "./support/settings";
import { CLEAN, installXssProbe, resetTally, scanPage, tally, visitAndScan } from "./support/xss-browser";
import { createPayloadPeople, createPayloadSurvey, createPayloadTopic, insertPayloadEmails, insertPayloadResponses, chunks } from "./support/xss-data";

// The XSS corpus rendered in Chromium on the public pages and the person's own pages: nothing runs,
// nothing is injected, every payload is shown as text. Data first, then one page load per view.
test.describe.configure({ mode: "serial" });

const pick = (prefix: string): XssPayload => XSS_CORPUS.find((payload) => payload.text.startsWith(prefix)) ?? (XSS_CORPUS[0] as XssPayload);
const SHORT = XSS_CORPUS.filter((payload) => payload.text.length <= 100 && payload.text.trim() === payload.text && ["breakout", "mutation", "tag"].includes(payload.family));
let people: { id: string; email: string }[] = [];
let topic: { id: string; slug: string; commentIds: string[] };
let control = { fired: 0, injected: 0 };

test.beforeAll(async ({ siteLock }) => {
  test.setTimeout(120_000);
  resetTally();
  await siteLock.shared(async () => {
    people = await createPayloadPeople();
    topic = await createPayloadTopic(pick("</title>"), pick('"><img'), people.map((person) => person.id));
  });
});

test("control: put into a page unescaped, the corpus fires and injects, so the probe sees it", async ({ page }) => {
  const probe = await installXssProbe(page);
  const html = `<!doctype html><html><head><title>control</title></head><body>${XSS_CORPUS.map((payload) => `<div>${payload.text}</div>`).join("\n")}</body></html>`;
  await page.route(`${E2E_BASE_URL}/__xss-control`, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(`${E2E_BASE_URL}/__xss-control`);
  const scan = await scanPage(page);
  control = { fired: new Set(probe.fired).size, injected: scan.injected.length };
  expect(control.fired).toBeGreaterThan(50);
  expect(control.injected).toBeGreaterThan(250);
});

test("topic page: title, summary, rich text, outcome, key dates, document names, 368 comments and their authors' names", async ({ page }) => {
  const probe = await installXssProbe(page);
  const path = `/topics/${topic.slug}`;
  expect(await visitAndScan(page, probe, path, XSS_CORPUS, "topic (signed out)")).toEqual({ ...CLEAN, path });
  // Signed in as the author of the first comment: their comment comes with its edit form (a textarea holding the payload).
  await signIn(page, people[0]?.email ?? "", "/");
  expect(await visitAndScan(page, probe, path, XSS_CORPUS, "topic (author)")).toEqual({ ...CLEAN, path });
  for (const field of ["comment", "display name", "topic title", "topic summary", "rich text", "rich-text links", "outcome", "key date label", "document name"]) tally.fields.add(field);
});

test("comments posted through the JSON API are stored as text and shown as text", async ({ page }) => {
  const probe = await installXssProbe(page);
  const email = await createAccount("resident", pick("<svg/data-xss").text);
  await signIn(page, email, "/");
  const sample = SHORT.slice(0, 10);
  for (const payload of sample) {
    const response = await page.request.post(`/api/topics/${topic.id}/comments`, { data: { body: payload.text, submissionKey: randomUUID() } });
    expect(response.status(), payload.text).toBe(201);
  }
  const [stored] = await sql<{ total: number }[]>`select count(*)::int as total from comments where topic_id = ${topic.id} and body = any(${sample.map((payload) => payload.text)})`;
  expect(stored?.total).toBe(XSS_CORPUS.filter((payload) => sample.some((item) => item.text === payload.text)).length + sample.length);
  const path = `/topics/${topic.slug}?sort=newest`;
  expect(await visitAndScan(page, probe, path, sample, "comment (API)")).toEqual({ ...CLEAN, path });
});

test("your profile, your data and its downloadable page", async ({ page }) => {
  const probe = await installXssProbe(page);
  const subject = pick("<noscript>");
  const email = await createAccount("resident", subject.text);
  const [person] = await sql<{ id: string }[]>`select id from users where email = ${email}`;
  const personId = person?.id ?? "";
  // Held, and dated tomorrow: the moderation queue shows the 100 oldest comments waiting, site-wide,
  // and these must not fill it while other journeys look for their own comments there.
  const tomorrow = new Date(Date.now() + 86_400_000);
  const own = await sql<{ id: string }[]>`insert into comments ${sql(
    XSS_CORPUS.map((payload) => ({ topic_id: topic.id, author_id: personId, body: payload.text, status: "held", submission_key: randomUUID(), created_at: tomorrow, edited_at: tomorrow })),
  )} returning id`;
  await sql`insert into comment_revisions ${sql(own.map((row, index) => ({ comment_id: row.id, body: XSS_CORPUS[(index + 1) % XSS_CORPUS.length]?.text ?? "" })))}`;
  await sql`insert into comment_flags ${sql(topic.commentIds.map((commentId, index) => ({ comment_id: commentId, user_id: personId, reason: "other", details: XSS_CORPUS[index]?.text ?? "" })))}`;
  const survey = await createPayloadSurvey();
  await insertPayloadResponses(survey, personId, chunks(XSS_CORPUS, 40), "2026-01-01T00:00:00Z");
  // Dated yesterday: the outbox's newest 50 stay other journeys' own emails.
  await insertPayloadEmails(XSS_CORPUS, email, -1);
  await signIn(page, email, "/");
  expect(await visitAndScan(page, probe, "/profile", [subject], "profile")).toEqual({ ...CLEAN, path: "/profile" });
  expect(await visitAndScan(page, probe, "/profile/data", [subject], "your data")).toEqual({ ...CLEAN, path: "/profile/data" });

  // The download is opened from disk, where no Content-Security-Policy protects it: render it so.
  const download = await page.request.get("/api/profile/data?format=html");
  expect(download.status()).toBe(200);
  const body = await download.text();
  const file = `${E2E_BASE_URL}/__xss-your-data.html`;
  await page.route(file, (route) => route.fulfill({ contentType: "text/html", body }));
  const result = await visitAndScan(page, probe, file, XSS_CORPUS, "your data download");
  expect(result).toEqual({ ...CLEAN, path: file });
  for (const field of ["own comments", "earlier wordings", "report details", "survey answers", "email subjects and bodies"]) tally.fields.add(field);
});

test("search words are reflected as text", async ({ page }) => {
  const probe = await installXssProbe(page);
  for (const payload of SHORT.slice(0, 8)) {
    const path = `/topics?q=${encodeURIComponent(payload.text)}`;
    expect(await visitAndScan(page, probe, path, [payload], "topic search")).toEqual({ ...CLEAN, path });
  }
});

test.afterAll(() => {
  console.log(`XSS corpus (public pages): ${XSS_CORPUS.length} payloads (${Object.entries(corpusFamilies()).map(([family, count]) => `${family} ${count}`).join(", ")})`);
  console.log(`XSS corpus (public pages): ${tally.fields.size} fields, ${tally.pages} pages rendered in Chromium, ${tally.placements} payload placements checked on them, 0 fired, 0 dialogs, 0 injected elements, 0 CSP violations; control page without escaping: ${control.fired} fired, ${control.injected} injected`);
});
