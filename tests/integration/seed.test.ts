import { count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDatabase, getDb, openDatabase } from "@/lib/db/client";
import {
  communitiesOfInterest,
  neighbourhoods,
  networkMembers,
  networks,
  organisations,
  themes,
  topicCommunities,
  topicKeyDates,
  topicNeighbourhoods,
  topics,
  topicThemes,
  users,
} from "@/lib/db/schema";
import { prepareDatabase } from "@/lib/seed/prepare-database";
import { seedDemo } from "@/lib/seed/seed-demo";

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

describe("seedDemo", () => {
  it("seeds the demo content once; seeding again changes nothing", async () => {
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
    const [members] = await db().select({ total: count() }).from(networkMembers).where(eq(networkMembers.networkId, network?.id ?? ""));
    expect(members?.total).toBe(10);
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

describe("prepareDatabase", () => {
  it("migrates and seeds an empty database once, and can migrate without seeding", async () => {
    const handle = openDatabase({ pgliteDir: "memory://" });
    try {
      expect(await prepareDatabase(handle, { seed: true })).toBe("migrated; demo data seeded (3 topics)");
      expect(await prepareDatabase(handle, { seed: true })).toBe("migrated; demo data already present");
      expect(await prepareDatabase(handle, { seed: false })).toBe("migrated");
      const [row] = await handle.db.select({ total: count() }).from(themes);
      expect(row?.total).toBe(10);
    } finally {
      await closeDatabase(handle);
    }
  });

  it("only migrates when asked not to seed", async () => {
    const handle = openDatabase({ pgliteDir: "memory://" });
    try {
      expect(await prepareDatabase(handle, { seed: false })).toBe("migrated");
      const [row] = await handle.db.select({ total: count() }).from(themes);
      expect(row?.total).toBe(0);
    } finally {
      await closeDatabase(handle);
    }
  });
});
