import { randomUUID } from "node:crypto";
import { createAccount, createTopic, sql } from "./support/db";
import { expect, signIn, test } from "./support/fixtures";

test("a signed-in resident posts a comment as JSON and it appears on the topic page", async ({ page, resident }) => {
  const topic = await createTopic();
  const TOPIC = `/topics/${topic.slug}`;
  await signIn(page, resident, TOPIC);
  const text = `Posted through the API: more benches at the bus stops ${Date.now()}`;
  const submissionKey = randomUUID();
  const response = await page.request.post(`/api/topics/${topic.id}/comments`, { data: { body: text, submissionKey } });
  expect(response.status()).toBe(201);
  const created = (await response.json()) as { id: string; status: string };
  expect(created.status).toBe("published");
  expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

  // The same submission key again makes no second comment: the first one is returned.
  const again = await page.request.post(`/api/topics/${topic.id}/comments`, { data: { body: text, submissionKey } });
  expect(again.status()).toBe(201);
  expect(((await again.json()) as { id: string }).id).toBe(created.id);
  const [row] = await sql<{ total: number }[]>`select count(*)::int as total from comments where body = ${text}`;
  expect(row?.total).toBe(1);

  await page.goto(TOPIC);
  await expect(page.getByRole("list", { name: "Comments" }).getByRole("paragraph").filter({ hasText: text })).toBeVisible();
});

test("signed out, a post is refused with 401 and nothing is saved", async ({ request }) => {
  const topic = await createTopic();
  const text = `Anonymous attempt ${Date.now()}`;
  const response = await request.post(`/api/topics/${topic.id}/comments`, { data: { body: text, submissionKey: randomUUID() } });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: expect.any(String) });
  const [row] = await sql<{ total: number }[]>`select count(*)::int as total from comments where body = ${text}`;
  expect(row?.total).toBe(0);
});

test("a bad body gets 400 with field errors; an unknown topic gets 404", async ({ page }) => {
  const topic = await createTopic();
  await signIn(page, await createAccount("partner", "Test partner", { trusted: true }), `/topics/${topic.slug}`);
  const url = `/api/topics/${topic.id}/comments`;

  const empty = await page.request.post(url, { data: { body: "   ", submissionKey: randomUUID() } });
  expect(empty.status()).toBe(400);
  const emptyJson = (await empty.json()) as { error: string; fieldErrors: Record<string, string[]> };
  expect(emptyJson.error).toEqual(expect.any(String));
  expect(emptyJson.fieldErrors.body).toEqual(["Enter your comment."]);

  const long = await page.request.post(url, { data: { body: "x".repeat(2001), submissionKey: randomUUID() } });
  expect(long.status()).toBe(400);
  expect(((await long.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.body).toEqual(["Your comment must be 2,000 characters or fewer."]);

  const noKey = await page.request.post(url, { data: { body: "A comment without its form key" } });
  expect(noKey.status()).toBe(400);
  expect(((await noKey.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.submissionKey).toHaveLength(1);

  const unknown = await page.request.post(`/api/topics/${randomUUID()}/comments`, { data: { body: "Where did this topic go?", submissionKey: randomUUID() } });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: "That topic could not be found." });

  const notAnId = await page.request.post("/api/topics/not-a-topic/comments", { data: { body: "Where did this topic go?", submissionKey: randomUUID() } });
  expect(notAnId.status()).toBe(404);
});

test("a post from another site's page is refused", async ({ page }) => {
  const topic = await createTopic();
  await signIn(page, await createAccount("employer", "Test employer", { trusted: true }), `/topics/${topic.slug}`);
  const url = `/api/topics/${topic.id}/comments`;
  const text = `Cross-site attempt ${Date.now()}`;

  const foreign = await page.request.post(url, { data: { body: text, submissionKey: randomUUID() }, headers: { Origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);

  // A plain form can send JSON-looking text without a preflight: it must be declared JSON.
  const plain = await page.request.post(url, { data: JSON.stringify({ body: text, submissionKey: randomUUID() }), headers: { "Content-Type": "text/plain" } });
  expect(plain.status()).toBe(415);

  const [row] = await sql<{ total: number }[]>`select count(*)::int as total from comments where body = ${text}`;
  expect(row?.total).toBe(0);
});
