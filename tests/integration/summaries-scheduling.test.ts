import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { scheduleSummaries } from "@/lib/server/summaries/schedule-summaries";
import { addComments, createContact, createOrganisation, outboxFor } from "@/tests/support/summary-fixtures";
import { EARLY_DECEMBER, seedActivity } from "@/tests/support/summary-activity";

type Contact = Awaited<ReturnType<typeof createContact>>;
let seeded: Awaited<ReturnType<typeof seedActivity>>;
let organisation: { id: string; name: string };
const contacts: Record<string, Contact> = {};

beforeAll(async () => {
  seeded = await seedActivity();
  // Something in the week of 23 November too, so the weekly contact has news.
  await addComments(seeded.hub.id, "2026-11-25T12:00:00Z", 1);
  organisation = await createOrganisation("Foleshill Community Trust");
  const themeIds = [seeded.theme.id];
  const quietIds = [seeded.quietTheme.id];
  contacts.monthly = await createContact({ organisationId: organisation.id, name: "Monthly Mo", themeIds });
  contacts.weekly = await createContact({ organisationId: organisation.id, name: "Weekly Wen", frequency: "weekly", themeIds });
  contacts.quietNothing = await createContact({ organisationId: organisation.id, themeIds: quietIds, sendWhenQuiet: false });
  contacts.quietShort = await createContact({ organisationId: organisation.id, themeIds: quietIds, sendWhenQuiet: true });
  contacts.noThemes = await createContact({ organisationId: organisation.id, themeIds: [] });
  contacts.unsubscribed = await createContact({ organisationId: organisation.id, themeIds, status: "unsubscribed", sendWhenQuiet: true });
  contacts.bounced = await createContact({ organisationId: organisation.id, themeIds, status: "bounced", sendWhenQuiet: true });
  contacts.complained = await createContact({ organisationId: organisation.id, themeIds, status: "complained", sendWhenQuiet: true });
});

const mine = () => Object.values(contacts);

describe("scheduleSummaries", () => {
  it("queues each active contact's last completed period once, however often it runs", async () => {
    const first = await scheduleSummaries({ db: getDb(), now: EARLY_DECEMBER });
    const [second, third] = await Promise.all([scheduleSummaries({ db: getDb(), now: EARLY_DECEMBER }), scheduleSummaries({ db: getDb(), now: new Date(EARLY_DECEMBER.getTime() + 3_600_000) })]);
    // Three of this file's contacts get an email (monthly, weekly, quiet-but-asked); two have a quiet period.
    expect(first.queued).toBeGreaterThanOrEqual(3);
    expect(first.skippedQuiet).toBeGreaterThanOrEqual(2);
    expect(second.queued).toBe(0);
    expect(third.queued).toBe(0);
    expect(second.alreadyQueued).toBe(first.queued + first.alreadyQueued);
    for (const contact of mine()) expect((await outboxFor(contact.id)).length).toBeLessThanOrEqual(1);
    // Every active contact in the shared test database is composed for (other files' too): under a
    // second usually. CI saw 25 s and then a 60 s hang through PgBouncer: a query pipelined behind
    // another lost its answer (see postgresOptions in lib/db/client.ts, which no longer pipelines there).
  }, 60_000);

  it("a monthly contact gets November, with the unsubscribe headers and their contact id", async () => {
    const [email, ...rest] = await outboxFor(contacts.monthly?.id ?? "");
    expect(rest).toEqual([]);
    expect(email).toMatchObject({ key: `summary:${contacts.monthly?.id}:2026-11`, category: "summary", to: contacts.monthly?.email, contactId: contacts.monthly?.id });
    expect(email?.subject).toBe(`Let's Talk summary: November 2026 - ${seeded.theme.name}`);
    expect(email?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(email?.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/api\/partners\/unsubscribe\/[^>]+>$/);
    expect(email?.html).toContain("http://localhost:3000/partners/preferences/");
    expect(email?.text).toContain("Hello Monthly Mo,");
  });

  it("a weekly contact gets the last Monday-to-Sunday week before the run", async () => {
    // 1 December 2026 is a Tuesday: the last full week is 23 to 29 November (ISO week 48).
    const [email] = await outboxFor(contacts.weekly?.id ?? "");
    expect(email?.key).toBe(`summary:${contacts.weekly?.id}:2026-W48`);
    expect(email?.subject).toBe(`Let's Talk summary: week of 23 November 2026 - ${seeded.theme.name}`);
  });

  it("a quiet period sends nothing unless the contact asked for a short email", async () => {
    expect(await outboxFor(contacts.quietNothing?.id ?? "")).toEqual([]);
    expect(await outboxFor(contacts.noThemes?.id ?? "")).toEqual([]);
    const [email] = await outboxFor(contacts.quietShort?.id ?? "");
    expect(email?.subject).toBe("Let's Talk summary: November 2026 - nothing new");
    expect(email?.text).toContain("Nothing new was posted on your themes in November 2026.");
  });

  it("never queues anything for unsubscribed, bounced or complained contacts", async () => {
    for (const contact of [contacts.unsubscribed, contacts.bounced, contacts.complained]) expect(await outboxFor(contact?.id ?? "")).toEqual([]);
  });

  it("the next month queues a new email for the next period", async () => {
    await scheduleSummaries({ db: getDb(), now: new Date("2027-01-02T09:00:00Z") });
    const keys = (await outboxFor(contacts.monthly?.id ?? "")).map((row) => row.key).sort();
    expect(keys).toEqual([`summary:${contacts.monthly?.id}:2026-11`, `summary:${contacts.monthly?.id}:2026-12`]);
  });
});
