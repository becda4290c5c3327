import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { topics } from "@/lib/db/schema";
import { noteWrite } from "@/lib/page-cache/page-cache";
import { createTopic } from "@/tests/support/factories";
import { urlPatternOf } from "@/lib/auth/route-access";
import { routeFiles } from "@/tests/support/route-tree";

vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
// A small limit to reach, and a cache long enough to see it keep an answer.
vi.hoisted(() => {
  process.env.OPEN_DATA_RATE_LIMIT = "5";
  process.env.OPEN_DATA_CACHE_SECONDS = "60";
});

// Addresses of this run's own: on a shared PostgreSQL database an earlier run's counts are still there.
const nextAddress = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

async function call(path: string, options: { ip?: string; headers?: Record<string, string>; slug?: string } = {}): Promise<Response> {
  const route = options.slug === undefined ? await import("@/app/api/open/v1/topics/route") : await import("@/app/api/open/v1/topics/[slug]/route");
  const request = new Request(`http://localhost:3000${path}`, { headers: { "x-forwarded-for": options.ip ?? nextAddress(), ...options.headers } });
  return route.GET(request, { params: Promise.resolve({ slug: options.slug ?? "" }) as never });
}

describe("open data over HTTP", () => {
  it("lets any site read it: CORS on answers and errors, and a preflight answer without credentials", async () => {
    const ok = await call("/api/open/v1/topics?limit=1");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe("*");
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
    expect(ok.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(ok.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(ok.headers.get("link")).toBe('<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>; rel="license"');
    const { OPTIONS } = await import("@/app/api/open/v1/topics/route");
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(preflight.headers)).toMatchObject({ "access-control-allow-origin": "*", "access-control-allow-methods": "GET, HEAD, OPTIONS" });
  });

  it("answers If-None-Match with the ETag as a 304 without a body", async () => {
    const first = await call("/api/open/v1/topics?limit=3");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await call("/api/open/v1/topics?limit=3", { headers: { "if-none-match": `"other", W/${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect(await again.text()).toBe("");
    expect((await call("/api/open/v1/topics?limit=3", { headers: { "if-none-match": '"stale"' } })).status).toBe(200);
  });

  it("refuses a bad query with a 400 naming the parameter, in the app's error shape", async () => {
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["limit=101", "limit"],
      ["cursor=%25%25", "cursor"],
      [`cursor=${Buffer.from("<script>").toString("base64url")}`, "cursor"],
      ["format=xml", "format"],
      ["status=draft", "status"],
    ] as const) {
      const response = await call(`/api/open/v1/topics?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = (await response.json()) as { error: string; fieldErrors: Record<string, string[]> };
      expect(body.error).toBe("Check the query string: one of its values is not valid.");
      expect(Object.keys(body.fieldErrors), query).toEqual([field]);
    }
  });

  it("limits each network address, with 429, Retry-After and CORS, and counts others apart", async () => {
    const ip = nextAddress();
    for (let index = 0; index < 5; index += 1) expect((await call("/api/open/v1/topics?limit=1", { ip })).status).toBe(200);
    const refused = await call("/api/open/v1/topics?limit=1", { ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(await refused.json()).toEqual({ error: expect.any(String) });
    expect((await call("/api/open/v1/topics?limit=1")).status).toBe(200);
  });

  it("keeps an answer in this process until the TTL or a write through this server", async () => {
    const topic = await createTopic(getDb(), { title: "Before" });
    const title = async () => ((await (await call(`/api/open/v1/topics/${topic.slug}`, { slug: topic.slug })).json()) as { data: { title: string } }).data.title;
    expect(await title()).toBe("Before");
    await getDb().update(topics).set({ title: "After" }).where(eq(topics.id, topic.id));
    expect(await title()).toBe("Before");
    noteWrite();
    expect(await title()).toBe("After");
  });

  it("describes every route of the API in its OpenAPI document", async () => {
    const { GET } = await import("@/app/api/open/v1/openapi.json/route");
    const response = await GET(new Request("http://localhost:3000/api/open/v1/openapi.json", { headers: { "x-forwarded-for": nextAddress() } }), { params: Promise.resolve({}) as never });
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> }; info: { license: { name: string } } };
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.license.name).toBe("Open Government Licence v3.0");
    const routes = routeFiles()
      .filter(({ file }) => file.startsWith("app/api/open/v1/") && !file.includes("openapi.json"))
      .map(({ file }) => urlPatternOf(file).replace("/api/open/v1", "").replace(/\[(\w+)\]/g, "{$1}"));
    expect(Object.keys(document.paths).sort()).toEqual(routes.sort());
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Topic", "ThemeCounts", "SurveyResults", "Report", "Count", "Error"]));
    expect(JSON.stringify(document)).not.toContain('"$ref":"#/$defs');
  });
});
