import { and, count, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  communitiesOfInterest,
  neighbourhoods,
  networkMembers,
  networks,
  organisations,
  partnerContacts,
  partnerContactThemes,
  surveyResponses,
  surveys,
  themes,
  topicCommunities,
  topicKeyDates,
  topicNeighbourhoods,
  topics,
  topicThemes,
  users,
} from "@/lib/db/schema";
import { DEMO_PARTNER_CONTACTS } from "@/lib/seed/demo-partner-contacts";
import { ORGANISATIONS } from "@/lib/seed/demo-reference";
import { seedDemo } from "@/lib/seed/seed-demo";
import { RESIDENT_SURVEY_SLUG, SKILLS_GAP_SLUG } from "@/lib/seed/demo-surveys";
import { DEMO_RESIDENT_DRAFTS, DEMO_SKILLS_GAP_DRAFTS } from "@/lib/seed/seed-survey-responses";
import { SIC_CODES } from "@/lib/domain/surveys/organisation";
import { tallies } from "@/tests/support/survey-queries";

const db = () => getDb();
const TODAY = new Date("2030-06-15T09:00:00Z");

const THEME_SLUGS = [
  "equalities-and-communities",
  "neighbourhoods",
  "health-and-well-being",
  "housing",
  "transport",
  "community-safety",
  "environment",
  "culture",
  "jobs-and-economy",
  "learning-and-training",
];

const TOPICS = [
  { slug: "building-a-coventry-that-works-for-all", title: "Building a Coventry that works for all" },
  { slug: "mi-friendly-cities", title: "Mi-Friendly Cities: refugees and migrants contributing to Coventry" },
  { slug: "community-learning-plan", title: "A community learning plan for Coventry" },
];

const PEOPLE = [
  { email: "resident@example.org", role: "resident" },
  { email: "employer@example.org", role: "employer" },
  { email: "partner@example.org", role: "partner" },
  { email: "officer@example.org", role: "officer" },
  { email: "admin@example.org", role: "admin" },
];

const TABLES = {
  themes,
  communitiesOfInterest,
  neighbourhoods,
  organisations,
  networks,
  networkMembers,
  users,
  topics,
  topicThemes,
  topicCommunities,
  topicNeighbourhoods,
  topicKeyDates,
  surveys,
  surveyResponses,
  partnerContacts,
  partnerContactThemes,
};

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([name, table]) => {
      const [row] = await db().select({ total: count() }).from(table);
      return [name, row?.total ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const demoTopicCount = async () => (await db().select({ slug: topics.slug }).from(topics).where(inArray(topics.slug, TOPICS.map((topic) => topic.slug)))).length;

/** Seeding from empty submits 240 demo survey responses one by one (about 2 s on PGlite, more on a busy machine). */
const SEEDING = { timeout: 60_000 };

describe("seedDemo", () => {
  it("seeds the demo content once; seeding again changes nothing", SEEDING, async () => {
    const present = await demoTopicCount();
    const first = await seedDemo(db(), TODAY);
    expect(first.topicsCreated).toBe(TOPICS.length - present);
    const afterFirst = await counts();

    const second = await seedDemo(db(), TODAY);

    expect(second.topicsCreated).toBe(0);
    expect(await counts()).toEqual(afterFirst);
  });

  it("holds the Community Plan's ten themes in order", async () => {
    await seedDemo(db(), TODAY);
    const rows = await db().select({ slug: themes.slug, kind: themes.kind }).from(themes).where(inArray(themes.slug, THEME_SLUGS)).orderBy(themes.sortOrder);
    expect(rows.map((row) => row.slug)).toEqual(THEME_SLUGS);
    expect(rows.filter((row) => row.kind === "underpinning").map((row) => row.slug)).toEqual(["equalities-and-communities", "neighbourhoods"]);
  });

  it("holds three open topics, each with themes and key dates", async () => {
    await seedDemo(db(), TODAY);
    const rows = await db()
      .select({ id: topics.id, slug: topics.slug, title: topics.title, status: topics.status, bodyHtml: topics.bodyHtml })
      .from(topics)
      .where(inArray(topics.slug, TOPICS.map((topic) => topic.slug)));
    expect(rows.map(({ slug, title }) => ({ slug, title })).sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([...TOPICS].sort((a, b) => a.slug.localeCompare(b.slug)));
    expect(rows.every((row) => row.status === "open" && row.bodyHtml.startsWith("<p>"))).toBe(true);
    for (const row of rows) {
      const [tags] = await db().select({ total: count() }).from(topicThemes).where(eq(topicThemes.topicId, row.id));
      const [dates] = await db().select({ total: count() }).from(topicKeyDates).where(eq(topicKeyDates.topicId, row.id));
      expect(tags?.total, row.slug).toBeGreaterThan(0);
      expect(dates?.total, row.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it("holds the Coventry Cohesion and Integration Network with its ten partners", async () => {
    await seedDemo(db(), TODAY);
    const [network] = await db().select({ id: networks.id, name: networks.name }).from(networks).where(eq(networks.slug, "coventry-cohesion-and-integration-network"));
    expect(network?.name).toBe("Coventry Cohesion and Integration Network");
    // The seed's own ten (other files sharing a PostgreSQL database may add their organisations to the network).
    const seeded = ORGANISATIONS.filter((org) => org.inNetwork).map((org) => org.slug);
    expect(seeded).toHaveLength(10);
    const [members] = await db()
      .select({ total: count() })
      .from(networkMembers)
      .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
      .where(and(eq(networkMembers.networkId, network?.id ?? ""), inArray(organisations.slug, seeded)));
    expect(members?.total).toBe(10);
  });

  it("holds partner contacts at network members: weekly and monthly, all or some themes, one unsubscribed and one bounced", async () => {
    await seedDemo(db(), TODAY);
    const rows = await db()
      .select({ email: partnerContacts.email, status: partnerContacts.status, frequency: partnerContacts.frequency, allThemes: partnerContacts.allThemes, organisation: organisations.slug, changedAt: partnerContacts.statusChangedAt })
      .from(partnerContacts)
      .innerJoin(organisations, eq(organisations.id, partnerContacts.organisationId))
      .where(inArray(partnerContacts.email, DEMO_PARTNER_CONTACTS.map((contact) => contact.email)));
    expect(rows.length).toBe(DEMO_PARTNER_CONTACTS.length);
    expect(rows.every((row) => row.email.endsWith(".example.org"))).toBe(true);
    expect(rows.filter((row) => row.status === "unsubscribed").length).toBe(1);
    expect(rows.filter((row) => row.status === "bounced").length).toBe(1);
    expect(rows.filter((row) => row.status !== "active").every((row) => (row.changedAt?.getTime() ?? Infinity) < TODAY.getTime())).toBe(true);
    expect(new Set(rows.map((row) => row.frequency))).toEqual(new Set(["weekly", "monthly"]));
    expect(new Set(rows.map((row) => row.allThemes))).toEqual(new Set([true, false]));
    expect(new Set(rows.map((row) => row.organisation))).toEqual(new Set(["centre-for-trust-peace-and-social-relations", "coventry-university", "cwn-community", "coventry-health-authority", "coventry-community-empowerment-network", "coventry-partnership", "ccc-area-coordination"]));
    const someThemes = rows.filter((row) => !row.allThemes).map((row) => row.email);
    const [links] = await db().select({ total: count() }).from(partnerContactThemes).innerJoin(partnerContacts, eq(partnerContacts.id, partnerContactThemes.contactId)).where(inArray(partnerContacts.email, someThemes));
    expect(links?.total).toBe(DEMO_PARTNER_CONTACTS.reduce((sum, contact) => sum + contact.themes.length, 0));
  });

  it("holds five demo people, one for each role", async () => {
    await seedDemo(db(), TODAY);
    const rows = await db().select({ email: users.email, role: users.role, emailVerified: users.emailVerified }).from(users).where(inArray(users.email, PEOPLE.map((person) => person.email)));
    expect(rows.map(({ email, role }) => ({ email, role })).sort((a, b) => a.email.localeCompare(b.email))).toEqual([...PEOPLE].sort((a, b) => a.email.localeCompare(b.email)));
    expect(rows.every((row) => row.emailVerified instanceof Date)).toBe(true);
  });

  it("never overwrites a demo row someone has changed", async () => {
    await seedDemo(db(), TODAY);
    const [before] = await db().select({ name: users.name }).from(users).where(eq(users.email, "resident@example.org"));
    await db().update(users).set({ name: "Renamed by the resident" }).where(eq(users.email, "resident@example.org"));
    try {
      await seedDemo(db(), TODAY);
      const [after] = await db().select({ name: users.name }).from(users).where(eq(users.email, "resident@example.org"));
      expect(after?.name).toBe("Renamed by the resident");
    } finally {
      await db().update(users).set({ name: before?.name ?? null }).where(eq(users.email, "resident@example.org"));
    }
  });
});

async function surveyId(slug: string): Promise<string> {
  const [row] = await db().select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, slug));
  if (!row) throw new Error(`${slug} was not seeded`);
  return row.id;
}

async function tally(id: string, questionKey: string, choice: string): Promise<number> {
  return (await tallies(id))[`${questionKey}|${choice}`] ?? 0;
}

/** Submitted responses of a survey matching a condition on their answers, counted from the rows. */
async function responsesWhere(id: string, condition = sql`true`): Promise<number> {
  const [row] = await db()
    .select({ total: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, id), eq(surveyResponses.status, "submitted"), condition));
  return row?.total ?? 0;
}

describe("demo survey responses", () => {
  it("holds 200 employers' responses to the skills-gap survey, exactly 80% with significant skills gaps", async () => {
    await seedDemo(db(), TODAY);
    const id = await surveyId(SKILLS_GAP_SLUG);
    expect(await responsesWhere(id)).toBe(200);
    expect(await responsesWhere(id, sql`${surveyResponses.answers}->>'skills_gaps' = 'yes'`)).toBe(160);
    expect(await responsesWhere(id, sql`${surveyResponses.answers}->>'skills_gaps' = 'no'`)).toBe(40);
    const rows = await db()
      .select({ sector: surveyResponses.sector, sizeBand: surveyResponses.sizeBand, respondentId: surveyResponses.respondentId, name: surveyResponses.organisationName, neighbourhoodId: surveyResponses.neighbourhoodId })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, id), eq(surveyResponses.status, "submitted")));
    expect(new Set(rows.map((row) => row.name)).size).toBe(200);
    expect(new Set(rows.map((row) => row.respondentId)).size).toBe(200);
    expect(rows.every((row) => row.neighbourhoodId && SIC_CODES.includes(row.sector as (typeof SIC_CODES)[number]))).toBe(true);
    const bySize = (band: string) => rows.filter((row) => row.sizeBand === band).length;
    expect(bySize("micro") + bySize("small")).toBeGreaterThan(bySize("medium") + bySize("large"));
    expect(new Set(rows.map((row) => row.sector)).size).toBeGreaterThanOrEqual(8);
    const [span] = await db()
      .select({ first: sql<string>`min(${surveyResponses.submittedAt})`, last: sql<string>`max(${surveyResponses.submittedAt})`, opensAt: sql<string>`min(${surveys.opensAt})` })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(eq(surveyResponses.surveyId, id));
    const [first, last, opensAt] = [span?.first, span?.last, span?.opensAt].map((value) => new Date(value ?? Number.NaN).getTime());
    expect(first).toBeGreaterThanOrEqual(opensAt ?? Number.NaN);
    expect(last).toBeLessThanOrEqual(TODAY.getTime());
    expect((last ?? 0) - (first ?? 0)).toBeGreaterThan(21 * 86_400_000);
    const employers = await db().select({ role: users.role, email: users.email }).from(users).where(inArray(users.id, rows.map((row) => row.respondentId ?? "")));
    expect(employers.every((user) => user.role === "employer" && user.email.endsWith(".example.org"))).toBe(true);
  });

  it("keeps the tallies equal to counts taken from the responses", async () => {
    await seedDemo(db(), TODAY);
    const id = await surveyId(SKILLS_GAP_SLUG);
    const answer = (key: string) => sql`${surveyResponses.answers}->>${key}`;
    const chose = (key: string, value: string) => sql`${surveyResponses.answers}->${key} ? ${value}`;
    expect(await tally(id, "*", "*")).toBe(await responsesWhere(id));
    expect(await tally(id, "skills_gaps", "yes")).toBe(160);
    expect(await tally(id, "skills_gaps", "no")).toBe(40);
    for (const [key, value] of [["hired_before", "no"], ["would_consider", "yes"], ["would_consider", "maybe"], ["follow_up", "yes"], ["gap_impact", "4"]] as const) {
      expect(await tally(id, key, value), `${key}=${value}`).toBe(await responsesWhere(id, sql`${answer(key)} = ${value}`));
    }
    for (const [key, value] of [["barriers", "paperwork"], ["gap_skills", "technical"], ["support_wanted", "paperwork_guidance"]] as const) {
      expect(await tally(id, key, value), `${key} includes ${value}`).toBe(await responsesWhere(id, chose(key, value)));
    }
    expect(await tally(id, "org.sector", "C")).toBe(await responsesWhere(id, eq(surveyResponses.sector, "C")));
    expect(await tally(id, "support_usefulness.briefing", "5")).toBe(await responsesWhere(id, sql`${surveyResponses.answers}->'support_usefulness'->>'briefing' = '5'`));
    // Most of those who have not employed refugees or migrants name the paperwork.
    expect(await tally(id, "barriers", "paperwork")).toBeGreaterThan((await tally(id, "hired_before", "no")) / 2);
  });

  it("holds unfinished drafts that stopped part way, counted in no tally", async () => {
    await seedDemo(db(), TODAY);
    for (const [slug, expected] of [[SKILLS_GAP_SLUG, DEMO_SKILLS_GAP_DRAFTS], [RESIDENT_SURVEY_SLUG, DEMO_RESIDENT_DRAFTS]] as const) {
      const id = await surveyId(slug);
      const drafts = await db()
        .select({ furthest: surveyResponses.furthestSection, reference: surveyResponses.reference })
        .from(surveyResponses)
        .where(and(eq(surveyResponses.surveyId, id), eq(surveyResponses.status, "draft")));
      expect(drafts.length, slug).toBe(expected);
      expect(drafts.every((draft) => draft.reference === null && draft.furthest >= 1)).toBe(true);
      if (slug === SKILLS_GAP_SLUG) expect(new Set(drafts.map((draft) => draft.furthest)).size).toBeGreaterThan(2);
      expect(await tally(id, "*", "*")).toBe(await responsesWhere(id));
    }
  });

  it("holds anonymous residents' responses to the residents' survey", async () => {
    await seedDemo(db(), TODAY);
    const id = await surveyId(RESIDENT_SURVEY_SLUG);
    expect(await responsesWhere(id)).toBe(40);
    expect(await responsesWhere(id, sql`${surveyResponses.respondentId} is not null`)).toBe(0);
    expect(await tally(id, "*", "*")).toBe(40);
    expect(await tally(id, "get_on", "*")).toBe(40);
  });
});
