import { createTopic, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const API = "/api/open/v1";

test("the open data page explains the API, the downloads and the licence, from the footer, in English and Urdu", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open Government Licence v3.0" })).toHaveAttribute("href", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
  await expect(page.getByRole("link", { name: "Every published topic (CSV)" })).toHaveAttribute("href", `${API}/topics?format=csv`);
  await expect(page.getByRole("link", { name: "OpenAPI description (JSON)" })).toHaveAttribute("href", `${API}/openapi.json`);
  await expectAccessible(page);

  await page.goto("/open-data?lang=ur");
  await expect(page.getByRole("heading", { level: 1, name: "کھلا ڈیٹا" })).toBeVisible();
  await expectAccessible(page);

  // At 375px wide nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/open-data?lang=en");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
});

test("the API answers any site (CORS), the same to an officer as to anyone, with ETags and downloads", async ({ page, request, officer }) => {
  const topic = await createTopic({ title: `Open data journey ${Date.now()}` });
  const draft = await createTopic({ title: `Open data draft ${Date.now()}`, status: "draft" });
  const address = `${API}/topics/${topic.slug}`;

  const anonymous = await request.get(address, { headers: { Origin: "https://data.example.org" } });
  expect(anonymous.status()).toBe(200);
  expect(anonymous.headers()["access-control-allow-origin"]).toBe("*");
  expect(anonymous.headers()["access-control-allow-credentials"]).toBeUndefined();
  expect(anonymous.headers()["cache-control"]).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
  const body = (await anonymous.json()) as { data: { slug: string; title: string }; licence: { name: string } };
  expect(body.data).toMatchObject({ slug: topic.slug, title: topic.title });
  expect(body.licence.name).toBe("Open Government Licence v3.0");

  const preflight = await request.fetch(address, { method: "OPTIONS", headers: { Origin: "https://data.example.org", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  expect(preflight.headers()["access-control-allow-headers"]).toMatch(/If-None-Match/i);

  const head = await request.head(address);
  expect(head.status()).toBe(200);
  expect(head.headers()["access-control-allow-origin"]).toBe("*");
  expect(head.headers()["etag"]).toBe(anonymous.headers()["etag"]);

  const etag = anonymous.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]+"$/);
  const unchanged = await request.get(address, { headers: { "If-None-Match": etag ?? "" } });
  expect(unchanged.status()).toBe(304);
  expect(unchanged.headers()["etag"]).toBe(etag);

  // Signed in, an officer gets the very same bytes, and a draft is not found for them either.
  await signIn(page, officer, "/");
  const asOfficer = await page.request.get(address);
  expect(await asOfficer.text()).toBe(await anonymous.text());
  expect((await page.request.get(`${API}/topics/${draft.slug}`)).status()).toBe(404);
  expect((await request.get(`${API}/topics/${draft.slug}`)).status()).toBe(404);

  const csv = await request.get(`${API}/topics?format=csv&status=open`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="topics.csv"');
  const text = await csv.text();
  expect(text).toContain(topic.slug);
  expect(text).not.toContain(draft.slug);

  const invalid = await request.get(`${API}/topics?limit=500&lang=pl`);
  expect(invalid.status()).toBe(400);
  expect(invalid.headers()["access-control-allow-origin"]).toBe("*");
  expect(await invalid.json()).toEqual({ error: "Sprawdź parametry zapytania: jedna z wartości jest nieprawidłowa.", fieldErrors: { limit: ["`limit` musi być liczbą całkowitą od 1 do 100."] } });

  const described = (await (await request.get(`${API}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
  expect(described.openapi).toBe("3.1.0");
  expect(Object.keys(described.paths)).toContain("/topics/{slug}/themes");
  await sql`delete from topics where id in (${topic.id}, ${draft.id})`;
});

test("each network address is limited, then told to wait with 429 and Retry-After", async ({ page, request }) => {
  await page.goto("/open-data");
  const stated = /may make (\d+) requests a minute/.exec(await page.locator("main").innerText());
  const limit = Number(stated?.[1]);
  expect(limit).toBeGreaterThan(0);
  for (let index = 0; index < limit; index += 1) expect((await request.get(`${API}/openapi.json`)).status()).toBe(200);
  const refused = await request.get(`${API}/openapi.json`);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(refused.headers()["access-control-allow-origin"]).toBe("*");
  expect(await refused.json()).toEqual({ error: expect.any(String) });
});
