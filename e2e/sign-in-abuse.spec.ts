import type { APIRequestContext } from "@playwright/test";
import { countSignInEmails, latestSignInLink, sql, uniqueEmail } from "./support/db";
import { expect, signIn, test } from "./support/fixtures";
import { E2E_BASE_URL, E2E_PORT } from "./support/settings";

const TOPIC = "/topics/building-a-coventry-that-works-for-all";

/** Auth.js's own sign-in endpoint, called as a script would: CSRF token first, then the form post. */
async function postSignInEmail(request: APIRequestContext, email: string, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/signin/email", { form: { email, csrfToken, callbackUrl: "/" }, headers, maxRedirects: 0 });
}

const accounts = async (email: string) =>
  (await sql<{ total: number }[]>`select count(*)::int as total from users where email = ${email.toLowerCase()}`)[0]?.total ?? 0;

/** The network budget this file spends is given back, so later journeys can still sign in. */
test.afterEach(async () => {
  await sql`delete from rate_limits where key like 'sign-in:ip:%'`;
});

test("Auth.js's endpoint refuses a malformed address and sends nothing", async ({ request }) => {
  const response = await postSignInEmail(request, "not-an-address");
  expect(response.status()).toBe(400);
  expect(await countSignInEmails("not-an-address")).toBe(0);
});

test("Auth.js's endpoint keeps the per-address limit, creates no account, and says when to retry", async ({ request }) => {
  const email = uniqueEmail("flood");
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 7; attempt += 1) statuses.push((await postSignInEmail(request, email)).status());
  expect(statuses.slice(0, 5).every((status) => status === 302)).toBe(true);
  expect(statuses.slice(5)).toEqual([429, 429]);
  const refused = await postSignInEmail(request, email);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await countSignInEmails(email)).toBe(5);
  // No account exists until a link is used.
  expect(await accounts(email)).toBe(0);
});

test("the per-client limit cannot be dodged with a forged X-Forwarded-For", async ({ request }) => {
  await sql`delete from rate_limits where key like 'sign-in:ip:%'`;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 31; attempt += 1) {
    const forged = `203.0.113.${attempt + 1}`;
    statuses.push((await postSignInEmail(request, uniqueEmail("spread"), { "x-forwarded-for": forged, "x-real-ip": forged })).status());
  }
  expect(statuses.filter((status) => status === 302)).toHaveLength(30);
  expect(statuses.at(-1)).toBe(429);
});

test("the emailed link uses the site's address and returns to the page the person came from", async ({ page }) => {
  const email = uniqueEmail("returning");
  // Asked for on another name of the same server: the link still names AUTH_URL.
  await page.goto(`http://127.0.0.1:${E2E_PORT}/sign-in?callbackUrl=${encodeURIComponent(TOPIC)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect.poll(() => countSignInEmails(email)).toBe(1);
  const link = new URL(await latestSignInLink(email));
  expect(link.origin).toBe(E2E_BASE_URL);
  expect(link.searchParams.get("callbackUrl")).toBe(TOPIC);

  await page.goto(link.toString());
  await expect(page).toHaveURL(`${E2E_BASE_URL}${TOPIC}`);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("a sign-in link never returns to another site", async ({ page }) => {
  const email = uniqueEmail("elsewhere");
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("https://evil.example/phish")}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  // The page moves on once the link's token is stored (the email may be in the outbox a moment before).
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect.poll(() => countSignInEmails(email)).toBe(1);
  await page.goto(await latestSignInLink(email));
  await expect(page).toHaveURL(`${E2E_BASE_URL}/`);
});

test("/api/auth/session shows a script only the name and role", async ({ page, request }) => {
  await signIn(page, "resident@example.org");
  const response = await page.request.get("/api/auth/session");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toEqual({ user: { name: "Amira Hussain", role: "resident" }, expires: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(/sessionToken|email|userId|"id"/);
  // Signed out: nothing.
  expect(await (await request.get("/api/auth/session")).json()).toBeNull();
});
