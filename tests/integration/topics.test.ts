import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { themes, topicKeyDates, topics, topicThemes } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { renderRichText } from "@/lib/rich-text/render";
import { seedDemo } from "@/lib/seed/seed-demo";
import { getPublicTopic } from "@/lib/server/topics/get-public-topic";
import { listOpenTopicsByTheme } from "@/lib/server/topics/list-open-topics";
import { uniqueTag } from "@/tests/support/factories";

/** Text shown in English, as an untranslated topic's is. */
const english = (text: string) => ({ text, lang: "en" });

const db = () => getDb();
const tag = uniqueTag("topics-");
const themeSlug = `${tag}-theme`;

async function createTopic(slug: string, title: string, status: "draft" | "open" | "closed" | "outcome", closesOn?: string) {
  const body = renderRichText({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `About ${title}` }] }] });
  const [topic] = await db()
    .insert(topics)
    .values({ slug, title, summary: `Summary of ${title}`, bodyJson: body.json, bodyHtml: body.html, status })
    .returning({ id: topics.id });
  if (!topic) throw new Error("The topic was not created");
  const [theme] = await db().select({ id: themes.id }).from(themes).where(eq(themes.slug, themeSlug));
  if (!theme) throw new Error("The test theme is missing");
  await db().insert(topicThemes).values({ topicId: topic.id, themeId: theme.id });
  if (closesOn) await db().insert(topicKeyDates).values({ topicId: topic.id, kind: "closes", date: closesOn });
}

beforeAll(async () => {
  await seedDemo(db());
  // A theme of this file's own, sorted last, so its topics are known whatever else the database holds.
  await db().insert(themes).values({ slug: themeSlug, name: `Theme ${tag}`, kind: "strategic", summary: "For tests", sortOrder: 1000 });
  await createTopic(`${tag}-zebra`, `Zebra crossings ${tag}`, "open", "2031-03-01");
  await createTopic(`${tag}-allotments`, `Allotments ${tag}`, "open");
  await createTopic(`${tag}-draft`, `Draft ${tag}`, "draft", "2031-04-01");
  await createTopic(`${tag}-closed`, `Closed ${tag}`, "closed", "2020-01-01");
});

describe("listOpenTopicsByTheme", () => {
  it("lists open topics under each of their themes, by title, with the closing date", async () => {
    const groups = await listOpenTopicsByTheme();
    const ours = groups.find((group) => group.slug === themeSlug);
    expect(ours).toEqual({
      slug: themeSlug,
      name: `Theme ${tag}`,
      kind: "strategic",
      topics: [
        { slug: `${tag}-allotments`, title: english(`Allotments ${tag}`), summary: english(`Summary of Allotments ${tag}`), closesOn: null },
        { slug: `${tag}-zebra`, title: english(`Zebra crossings ${tag}`), summary: english(`Summary of Zebra crossings ${tag}`), closesOn: "2031-03-01" },
      ],
    });
  });

  it("leaves out drafts and closed topics", async () => {
    const slugs = (await listOpenTopicsByTheme()).flatMap((group) => group.topics.map((topic) => topic.slug));
    expect(slugs).not.toContain(`${tag}-draft`);
    expect(slugs).not.toContain(`${tag}-closed`);
  });

  it("orders themes as the Community Plan does and files a seeded topic under each of its themes", async () => {
    const groups = await listOpenTopicsByTheme();
    const withCoventry = groups.filter((group) => group.topics.some((topic) => topic.title.text === "Building a Coventry that works for all")).map((group) => group.slug);
    expect(withCoventry).toEqual(["equalities-and-communities", "neighbourhoods", "jobs-and-economy"]);
    const known = ["equalities-and-communities", "neighbourhoods", "jobs-and-economy", "learning-and-training", themeSlug];
    expect(groups.map((group) => group.slug).filter((slug) => known.includes(slug))).toEqual(known);
  });
});

describe("getPublicTopic", () => {
  it("returns a seeded topic with its sanitised body, tags and key dates in date order", async () => {
    const topic = await getPublicTopic("building-a-coventry-that-works-for-all");
    expect(topic).toMatchObject({ slug: "building-a-coventry-that-works-for-all", title: "Building a Coventry that works for all", status: "open" });
    expect(topic.bodyHtml).toContain("<h2>What we have heard so far</h2>");
    expect(topic.bodyHtml).not.toMatch(/<script|javascript:/i);
    expect(topic.themes.map((theme) => theme.slug)).toEqual(["equalities-and-communities", "neighbourhoods", "jobs-and-economy"]);
    expect(topic.communities.map((community) => community.name).sort()).toEqual(["People from the most disadvantaged Black and minority ethnic groups", "Refugees and asylum seekers"]);
    expect(topic.neighbourhoods.map((neighbourhood) => neighbourhood.name)).toEqual(["Foleshill", "Hillfields"]);
    expect(topic.keyDates.map((date) => date.kind)).toEqual(["opens", "custom", "closes", "decision"]);
    const day = (iso: string | undefined) => new Date(`${iso ?? ""}T00:00:00Z`).getTime() / 86_400_000;
    const [opens, custom, closes, decision] = topic.keyDates.map((date) => day(date.date));
    expect([custom, closes, decision].map((value) => (value ?? 0) - (opens ?? 0))).toEqual([24, 42, 84]);
    expect(topic.keyDates[1]?.label).toBe("Network workshop: Building a Coventry that works for all");
  });

  it("returns closed topics, which stay public", async () => {
    expect((await getPublicTopic(`${tag}-closed`)).status).toBe("closed");
  });

  it.each([
    ["a draft", () => `${tag}-draft`],
    ["an unknown slug", () => `${tag}-nowhere`],
  ])("refuses %s with NotFoundError", async (_label, slug) => {
    await expect(getPublicTopic(slug())).rejects.toThrow(NotFoundError);
  });
});
