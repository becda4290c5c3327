import { randomUUID } from "node:crypto";
import { XSS_CORPUS } from "@/tests/support/xss-corpus";
import { createAccount, sql } from "./support/db";
import { ALONE, expect, signIn, test } from "./support/fixtures";
import { contactToken } from "./support/partner-contacts";
import { CLEAN, installXssProbe, resetTally, tally, visitAndScan } from "./support/xss-browser";
import { chunks, createPayloadPeople, createPayloadPartners, createPayloadSurvey, createPayloadTopic, insertPayloadEmails, insertPayloadResponses } from "./support/xss-data";

// The XSS corpus rendered in Chromium on the officers' pages: the moderation queue, written survey
// answers, partners and their contacts, the outbox and the people list.
test.describe.configure({ mode: "serial" });

let people: { id: string; email: string }[] = [];
let topic: { id: string; slug: string; commentIds: string[] };
let admin = "";
const BREAKOUTS = XSS_CORPUS.filter((payload) => payload.family === "breakout").slice(0, 4);

test.beforeAll(async ({ siteLock }) => {
  test.setTimeout(120_000);
  resetTally();
  await siteLock.shared(async () => {
    people = await createPayloadPeople();
    topic = await createPayloadTopic(XSS_CORPUS[0] ?? { id: 0, family: "", text: "" }, XSS_CORPUS[1] ?? { id: 0, family: "", text: "" }, people.map((person) => person.id));
    admin = await createAccount("admin");
  });
});

// @alone: the queue shows the oldest 100 comments waiting or reported, site-wide. These are made the
// oldest so that they fill it, which would hide other journeys' comments from their moderators.
// Afterwards they are all removed (hidden), out of the waiting and reported views.
test("moderation queue: waiting, reported and removed comments with their authors, parents and moderators' notes", { tag: ALONE }, async ({ page }) => {
  test.setTimeout(120_000);
  const probe = await installXssProbe(page);
  await signIn(page, admin, "/");
  // The payload comments become replies to payloads, so each queue item also shows a payload parent.
  const [parent] = await sql<{ id: string }[]>`
    insert into comments (topic_id, body, status, submission_key) values (${topic.id}, ${XSS_CORPUS[2]?.text ?? ""}, 'published', ${randomUUID()}) returning id`;
  await sql`update comments set parent_id = ${parent?.id ?? null}, depth = 1 where id = any(${topic.commentIds})`;
  for (const [round, group] of chunks(topic.commentIds, 100).entries()) {
    const payloads = XSS_CORPUS.slice(round * 100, round * 100 + group.length);
    await sql`update comments set status = 'held', hold_reason = 'word_list', created_at = '2000-01-01'::timestamptz + ${`${round} days`}::interval where id = any(${group})`;
    expect(await visitAndScan(page, probe, "/console/moderation?view=waiting", payloads, "moderation: waiting")).toEqual({ ...CLEAN, path: "/console/moderation?view=waiting" });
    await sql`update comments set status = 'published', hold_reason = null, flag_count = 1 where id = any(${group})`;
    expect(await visitAndScan(page, probe, "/console/moderation?view=flagged", payloads, "moderation: reported")).toEqual({ ...CLEAN, path: "/console/moderation?view=flagged" });
    // The removed view shows the 100 latest decisions: these come a day after any so far (earlier runs' included).
    await sql`
      update comments set status = 'hidden', flag_count = 0, removal_reason = 'other',
        moderated_at = (select greatest(max(moderated_at), now()) from comments) + interval '1 day',
        moderator_note = 'Note: ' || body where id = any(${group})`;
    expect(await visitAndScan(page, probe, "/console/moderation?view=removed", payloads, "moderation: removed with note")).toEqual({ ...CLEAN, path: "/console/moderation?view=removed" });
  }
});

test("survey results: written answers, from the database and through the JSON API, and the search words", async ({ page }) => {
  const probe = await installXssProbe(page);
  const survey = await createPayloadSurvey();
  // Ten answers of about 37 payloads each: the first page of written answers shows all of them.
  await insertPayloadResponses(survey, people[0]?.id ?? null, chunks(XSS_CORPUS, Math.ceil(XSS_CORPUS.length / 10)), "2099-01-01T00:00:00Z");
  const sample = BREAKOUTS;
  const [place] = await sql<{ id: string }[]>`select id from neighbourhoods order by name limit 1`;
  for (const payload of sample) {
    const response = await page.request.post(`/api/surveys/${survey.id}/responses`, {
      data: { answers: { story: payload.text }, organisation: { organisationName: payload.text, sector: "C", sizeBand: "small", neighbourhoodId: place?.id }, submissionKey: randomUUID() },
    });
    expect(response.status(), `${payload.text}: ${await response.text()}`).toBe(201);
  }
  await signIn(page, admin, "/");
  const base = `/console/surveys/${survey.id}/results`;
  expect(await visitAndScan(page, probe, `${base}?text=story`, XSS_CORPUS, "written answers")).toEqual({ ...CLEAN, path: `${base}?text=story` });
  expect(await visitAndScan(page, probe, `${base}?text=story&page=2`, sample, "written answers (API)")).toEqual({ ...CLEAN, path: `${base}?text=story&page=2` });
  for (const payload of sample) {
    const path = `${base}?text=story&q=${encodeURIComponent(payload.text)}`;
    expect(await visitAndScan(page, probe, path, [payload], "written answers search")).toEqual({ ...CLEAN, path });
  }
});

// @alone: 368 organisations and 368 active contacts join the site-wide lists (the partners page, the
// summaries' contact pickers, "queue due summaries"); they are removed afterwards.
test("partners: organisations, contacts, a contact's form and the contact's own preferences page", { tag: ALONE }, async ({ page }) => {
  const probe = await installXssProbe(page);
  const { organisationId, organisationIds, contactIds } = await createPayloadPartners();
  try {
    await signIn(page, admin, "/");
    expect(await visitAndScan(page, probe, "/console/partners", XSS_CORPUS, "organisation name")).toEqual({ ...CLEAN, path: "/console/partners" });
    const organisationPage = `/console/partners/${organisationId}`;
    expect(await visitAndScan(page, probe, organisationPage, XSS_CORPUS, "contact name and role")).toEqual({ ...CLEAN, path: organisationPage });
    // Forms put the stored text into value attributes: the attribute breakouts.
    const breakoutIds = XSS_CORPUS.flatMap((payload, index) => (BREAKOUTS.includes(payload) ? [contactIds[index] ?? ""] : []));
    for (const [index, contactId] of breakoutIds.entries()) {
      const payload = BREAKOUTS[index];
      if (!payload) continue;
      const form = `/console/partners/${organisationId}/contacts/${contactId}`;
      expect(await visitAndScan(page, probe, form, [payload], "contact form")).toEqual({ ...CLEAN, path: form });
      const preferences = `/partners/preferences/${contactToken(contactId)}`;
      expect(await visitAndScan(page, probe, preferences, [payload], "contact preferences")).toEqual({ ...CLEAN, path: preferences });
    }
  } finally {
    // Their contacts go with them.
    await sql`delete from organisations where id = any(${organisationIds})`;
  }
});

// @alone: the outbox lists the newest 50 emails, site-wide. These are dated in the future so that
// they fill it; they are removed afterwards, so other journeys find their own emails there again.
test("outbox: subjects in the list, and a message's text and its sandboxed HTML", { tag: ALONE }, async ({ page }) => {
  const probe = await installXssProbe(page);
  await signIn(page, admin, "/");
  const inserted: string[] = [];
  try {
    for (const [round, group] of chunks(XSS_CORPUS, 50).entries()) {
      const ids = await insertPayloadEmails(group, `xss-outbox-${round}@example.net`, 30 + round);
      inserted.push(...ids);
      expect(await visitAndScan(page, probe, "/console/outbox", group, "email subject")).toEqual({ ...CLEAN, path: "/console/outbox" });
      if (round < 3) {
        const message = `/console/outbox/${ids[0]}`;
        expect(await visitAndScan(page, probe, message, group.slice(0, 1), "email body")).toEqual({ ...CLEAN, path: message });
      }
    }
  } finally {
    await sql`delete from email_outbox where id = any(${inserted})`;
  }
});

test("people: display names in the list officers search", async ({ page }) => {
  const probe = await installXssProbe(page);
  await signIn(page, admin, "/");
  for (const pageNumber of [1, 2, 3]) {
    const path = `/console/people?page=${pageNumber}`;
    expect(await visitAndScan(page, probe, path, XSS_CORPUS.slice((pageNumber - 1) * 25, pageNumber * 25), "people list")).toEqual({ ...CLEAN, path });
  }
});

test.afterAll(() => {
  console.log(`XSS corpus (console pages): ${XSS_CORPUS.length} payloads, ${tally.fields.size} fields, ${tally.pages} pages rendered in Chromium, ${tally.placements} payload placements checked on them, 0 fired, 0 dialogs, 0 injected elements, 0 CSP violations`);
});
