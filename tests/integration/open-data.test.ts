import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { getPublicResults } from "@/lib/server/surveys/results/get-public-results";
import { ZOpenReportPage, ZOpenSurveyPage, ZOpenSurveyResultsItem, ZOpenThemeCountsItem, ZOpenTopicItem, ZOpenTopicPage } from "@/lib/validations/open-data";
import { seedOpenData } from "@/tests/support/open-data-fixtures";

vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
// Each answer is made afresh: the tests change nothing between requests, but must read what the database holds.
vi.hoisted(() => {
  process.env.OPEN_DATA_CACHE_SECONDS = "0";
});

type Seeded = Awaited<ReturnType<typeof seedOpenData>>;
let seeded: Seeded;
beforeAll(async () => {
  seeded = await seedOpenData();
});

const ROUTES = {
  topics: () => import("@/app/api/open/v1/topics/route"),
  topic: () => import("@/app/api/open/v1/topics/[slug]/route"),
  themes: () => import("@/app/api/open/v1/topics/[slug]/themes/route"),
  surveys: () => import("@/app/api/open/v1/surveys/route"),
  results: () => import("@/app/api/open/v1/surveys/[slug]/results/route"),
  reports: () => import("@/app/api/open/v1/reports/route"),
  openapi: () => import("@/app/api/open/v1/openapi.json/route"),
};

/** A GET through the route handler, from its own network address unless told. */
async function get(route: keyof typeof ROUTES, path: string, options: { slug?: string; ip?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const { GET } = await ROUTES[route]();
  const request = new Request(`http://localhost:3000${path}`, { headers: { "x-forwarded-for": options.ip ?? `198.51.100.${Math.floor(Math.random() * 250)}, ${randomUUID()}`, ...options.headers } });
  return GET(request, { params: Promise.resolve({ slug: options.slug ?? "" }) as never });
}

async function json<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  expect(response.status).toBe(200);
  return schema.parse(await response.json());
}

/** Every key and every string anywhere in a JSON value. */
function walk(value: unknown, keys: Set<string>, strings: string[]): void {
  if (typeof value === "string") strings.push(value);
  else if (Array.isArray(value)) value.forEach((item) => walk(item, keys, strings));
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      walk(item, keys, strings);
    }
}

const FORBIDDEN_KEYS = ["email", "authorId", "author", "authorName", "userId", "user", "createdBy", "updatedBy", "publishedBy", "requestedBy", "codedBy", "enteredBy", "respondentId", "body", "bodyJson", "answers", "reference", "organisation", "organisationName", "organisationId", "keyPhrases", "score"];

function expectNothingPrivate(payload: unknown, text: string): void {
  const keys = new Set<string>();
  const strings: string[] = [];
  walk(payload, keys, strings);
  expect([...keys].filter((key) => FORBIDDEN_KEYS.includes(key))).toEqual([]);
  for (const secret of seeded.secrets) expect(text, secret).not.toContain(secret);
  expect(text).not.toMatch(/Employer \d/);
}

/** Every page of a list, following `next` links. */
async function allPages<S extends z.ZodType<{ data: unknown[]; next: string | null }>>(route: "topics" | "surveys" | "reports", first: string, schema: S) {
  const pages: z.output<S>[] = [];
  let path: string | null = first;
  while (path) {
    const page: z.output<S> = await json(await get(route, path), schema);
    pages.push(page);
    expectNothingPrivate(page, JSON.stringify(page));
    path = page.next ? new URL(page.next).pathname + new URL(page.next).search : null;
  }
  return pages;
}

describe("open data: topics", () => {
  it("lists every published topic once, in slug order, across pages; never a draft", async () => {
    const pages = await allPages("topics", "/api/open/v1/topics?limit=2", ZOpenTopicPage);
    const slugs = pages.flatMap((page) => page.data.map((topic) => topic.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual(slugs);
    const { main, closed, decided, draft } = seeded.topics;
    expect(slugs).toEqual(expect.arrayContaining([main.slug, closed.slug, decided.slug]));
    expect(slugs).not.toContain(draft.slug);
    expect(pages.slice(0, -1).every((page) => page.data.length === 2)).toBe(true);
    // The same walk again gives the same pages.
    const again = await allPages("topics", "/api/open/v1/topics?limit=2", ZOpenTopicPage);
    expect(again.flatMap((page) => page.data.map((topic) => topic.slug))).toEqual(slugs);
  });

  it("describes a topic: reference themes, neighbourhoods, key dates, published comments, outcome and report", async () => {
    const { data: topic } = await json(await get("topic", `/api/open/v1/topics/${seeded.topics.main.slug}`, { slug: seeded.topics.main.slug }), ZOpenTopicItem);
    expect(topic).toMatchObject({
      status: "open",
      publishedAt: "2026-10-02T09:00:00.000Z",
      themes: [{ slug: seeded.refTheme.slug, name: seeded.refTheme.name }],
      neighbourhoods: [{ slug: seeded.place.slug, name: seeded.place.name }],
      keyDates: [
        { kind: "opens", label: null, date: "2026-10-02" },
        { kind: "closes", label: null, date: "2026-12-31" },
      ],
      commentCount: 14,
      outcome: null,
      links: { page: `http://localhost:3000/topics/${seeded.topics.main.slug}`, report: `http://localhost:3000/topics/${seeded.topics.main.slug}#report` },
    });
    const { data: decided } = await json(await get("topic", `/api/open/v1/topics/${seeded.topics.decided.slug}`, { slug: seeded.topics.decided.slug }), ZOpenTopicItem);
    expect(decided.outcome).toEqual({ html: "<p>We will build the lanes.</p>", text: "We will build the lanes.", publishedAt: "2026-11-01T09:00:00.000Z" });
    expect(decided.links.report).toBeNull();
    const draft = await get("topic", `/api/open/v1/topics/${seeded.topics.draft.slug}`, { slug: seeded.topics.draft.slug });
    expect(draft.status).toBe(404);
    expect(await draft.text()).not.toContain("Secret");
  });

  it("gives the whole list as CSV, drafts and people left out", async () => {
    const response = await get("topics", "/api/open/v1/topics?format=csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="topics.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")[0]).toBe("\uFEFFslug,title,summary,status,published_at,themes,neighbourhoods,opens_on,closes_on,decision_on,comment_count,outcome,outcome_published_at,page_url,report_url");
    expect(text).toContain(`${seeded.topics.decided.slug},`);
    expect(text).toContain(`${seeded.topics.main.slug},Bus lanes ${seeded.tag}`);
    for (const secret of seeded.secrets) expect(text, secret).not.toContain(secret);
  });
});

describe("open data: comment counts by theme", () => {
  it("counts published comments in visible themes, with small counts suppressed", async () => {
    const response = await get("themes", `/api/open/v1/topics/${seeded.topics.main.slug}/themes`, { slug: seeded.topics.main.slug });
    const { data } = await json(response, ZOpenThemeCountsItem);
    expect(data).toEqual({
      topic: { slug: seeded.topics.main.slug, title: `Bus lanes ${seeded.tag}` },
      commentCount: 14,
      threshold: 10,
      analysedAt: "2026-11-20T10:00:00.000Z",
      themes: [
        // Held, hidden, deleted-theme, merged-theme and removed codings are not counted.
        { label: `Buses ${seeded.tag}`, comments: { count: 11, suppressed: null } },
        { label: `Parking ${seeded.tag}`, comments: { count: null, suppressed: "fewer_than_threshold" } },
      ],
      notInTheme: { count: null, suppressed: "fewer_than_threshold" },
    });
    expectNothingPrivate(data, JSON.stringify(data));
    const csv = await (await get("themes", `/api/open/v1/topics/${seeded.topics.main.slug}/themes?format=csv`, { slug: seeded.topics.main.slug })).text();
    expect(csv).toContain(`theme,Parking ${seeded.tag},,fewer_than_threshold,10`);
    expect(csv).toContain(`theme,Buses ${seeded.tag},11,,10`);
  });

  it("says nothing of a draft topic's analysis, and nothing before any analysis", async () => {
    expect((await get("themes", `/api/open/v1/topics/${seeded.topics.draft.slug}/themes`, { slug: seeded.topics.draft.slug })).status).toBe(404);
    const { data } = await json(await get("themes", `/api/open/v1/topics/${seeded.topics.closed.slug}/themes`, { slug: seeded.topics.closed.slug }), ZOpenThemeCountsItem);
    expect(data).toMatchObject({ commentCount: 0, analysedAt: null, themes: [], notInTheme: { count: 0, suppressed: null } });
  });
});

describe("open data: surveys, results and reports", () => {
  it("lists only surveys whose results are published, and gives exactly the public results page's figures", async () => {
    const pages = await allPages("surveys", "/api/open/v1/surveys?limit=3", ZOpenSurveyPage);
    const slugs = pages.flatMap((page) => page.data.map((survey) => survey.slug));
    expect(slugs).toContain(seeded.surveys.results.slug);
    expect(slugs).not.toContain(seeded.surveys.unpublished.slug);
    expect(slugs).not.toContain(seeded.surveys.draft.slug);
    const { slug } = seeded.surveys.results;
    const { data } = await json(await get("results", `/api/open/v1/surveys/${slug}/results`, { slug }), ZOpenSurveyResultsItem);
    const page = await getPublicResults(slug);
    expect(data.responses).toBe(12);
    expect(data.questions.map((question) => question.id)).toEqual(page.questions.map((question) => question.id));
    expect(data.questions.flatMap((question) => question.options.map((answer) => answer.count))).toEqual(page.questions.flatMap((question) => question.cells.map((cell) => cell.count)));
    for (const question of data.questions) for (const answer of question.options) expect(answer.count === null || answer.count >= 5).toBe(true);
    expect(data.questions.flatMap((question) => question.options).some((answer) => answer.suppressed === "fewer_than_threshold")).toBe(true);
    expectNothingPrivate(data, JSON.stringify(data));
    const csv = await (await get("results", `/api/open/v1/surveys/${slug}/results?format=csv`, { slug })).text();
    for (const secret of seeded.secrets) expect(csv, secret).not.toContain(secret);
    expect(csv).not.toMatch(/Employer \d/);
    for (const hidden of [seeded.surveys.unpublished.slug, seeded.surveys.draft.slug]) expect((await get("results", `/api/open/v1/surveys/${hidden}/results`, { slug: hidden })).status).toBe(404);
  });

  it("lists published reports of published topics and surveys, with their included sections only", async () => {
    const pages = await allPages("reports", "/api/open/v1/reports?limit=1", ZOpenReportPage);
    const mine = pages.flatMap((page) => page.data).filter((report) => report.title.endsWith(seeded.tag));
    expect(mine.map((report) => report.title).sort()).toEqual([`Report on buses ${seeded.tag}`, `Report on skills ${seeded.tag}`]);
    expect(mine.find((report) => report.subject.kind === "topic")).toMatchObject({ sections: [{ key: "asked", narrative: `What we asked ${seeded.tag}` }], decision: "Build them", publishedAt: "2026-11-30T10:00:00.000Z", url: `http://localhost:3000/topics/${seeded.topics.main.slug}#report` });
    expect(mine.find((report) => report.subject.kind === "survey")).toMatchObject({ subject: { slug: seeded.surveys.results.slug }, url: `http://localhost:3000/surveys/${seeded.surveys.results.slug}#report` });
  });
});
