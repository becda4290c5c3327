import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { searchTopics } from "@/lib/server/topics/search-topics";
import { ZTopicSearch } from "@/lib/validations/topic-search";

const DEMO = ["building-a-coventry-that-works-for-all", "mi-friendly-cities", "community-learning-plan"];
const demoOnly = (rows: { slug: string }[]) => rows.map((row) => row.slug).filter((slug) => DEMO.includes(slug));

describe("searchTopics", () => {
  beforeAll(async () => {
    await seedDemo(getDb());
  });

  it("puts open topics closing soonest first", async () => {
    // Mi-Friendly Cities closes in 6 days, Building a Coventry in 28, the learning plan in 42.
    const rows = await searchTopics({});
    expect(demoOnly(rows)).toEqual(["mi-friendly-cities", "building-a-coventry-that-works-for-all", "community-learning-plan"]);
    // Each card shows its closing date.
    expect(rows.find((row) => row.slug === "mi-friendly-cities")?.closesOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("searches title, summary and body with Postgres full-text search", async () => {
    expect(demoOnly(await searchTopics({ q: "refugees migrants" }))).toContain("mi-friendly-cities");
    expect(demoOnly(await searchTopics({ q: "apprenticeships xylophone" }))).toEqual([]);
    // "skills gaps" appears only in the body of Building a Coventry.
    expect(demoOnly(await searchTopics({ q: "significant skills gaps" }))).toEqual(["building-a-coventry-that-works-for-all"]);
  });

  it("filters by theme, neighbourhood, community and status", async () => {
    expect(demoOnly(await searchTopics({ theme: "learning-and-training" }))).toEqual(["community-learning-plan"]);
    expect(demoOnly(await searchTopics({ neighbourhood: "wood-end" }))).toEqual(["community-learning-plan"]);
    expect(demoOnly(await searchTopics({ community: "refugees-and-asylum-seekers" })).sort()).toEqual(["building-a-coventry-that-works-for-all", "mi-friendly-cities"]);
    expect(demoOnly(await searchTopics({ status: "closed" }))).toEqual([]);
  });

  it("ignores malformed filters rather than failing", () => {
    expect(ZTopicSearch.parse({ theme: "../../etc", status: "secret", q: "x".repeat(500) })).toEqual({ theme: undefined, status: undefined, q: undefined });
  });
});
