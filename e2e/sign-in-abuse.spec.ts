import type { APIRequestContext } from "@playwright/test";
import { countSignInEmails, createAccount, latestSignInLink, sql, uniqueEmail } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { E2E_BASE_URL, E2E_PORT } from "./support/settings";

const TOPIC = "/topics/building-a-coventry-that-works-for-all";

/** The signed "shown at" note the sign-in page puts in its form (the spam check). */
async function formShownAt(request: APIRequestContext): Promise<string> {
  const page = await (await request.get("/sign-in")).text();
  const token = /name="formShownAt" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error("The sign-in page has no formShownAt field");
  return token;
}

/** Auth.js's own sign-in endpoint, called as a script would: CSRF token and the form's fields, then the post. */
async function postSignInEmail(request: APIRequestContext, email: string, headers: Record<string, string> = {}, extra: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const form = { email, csrfToken, callbackUrl: "/", formShownAt: await formShownAt(request), website: "", ...extra };
  return request.post("/api/auth/signin/email", { form, headers, maxRedirects: 0 });
}

const accounts = async (email: string) =>
  (await sql<{ total: number }[]>`select count(*)::int as total from users where email = ${email.toLowerCase()}`)[0]?.total ?? 0;

// Each test comes from a network address of its own (`clientAddress`, sent as the proxy in front of
// the e2e server would: see e2e/support/fixtures.ts), so the per-client budgets it spends and checks
// are its own, whatever runs beside it or ran before.

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

test("the per-client limit cannot be dodged with a forged X-Forwarded-For", async ({ request, clientAddress }) => {
  // Existing accounts, so only the 30-links-per-client limit applies (not the new-account one).
  const emails = await Promise.all(Array.from({ length: 31 }, () => createAccount("resident")));
  const statuses: number[] = [];
  for (const [attempt, email] of emails.entries()) {
    const forged = `203.0.113.${attempt + 1}`;
    // The client writes a different address each time; the proxy appends the one it really saw.
    statuses.push((await postSignInEmail(request, email, { "x-forwarded-for": `${forged}, ${clientAddress}`, "x-real-ip": forged })).status());
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
  await signIn(page, await createAccount("resident", "Amira Hussain"));
  const response = await page.request.get("/api/auth/session");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toEqual({ user: { name: "Amira Hussain", role: "resident" }, expires: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(/sessionToken|email|userId|"id"/);
  // Signed out: nothing.
  expect(await (await request.get("/api/auth/session")).json()).toBeNull();
});

test("one network makes at most 20 new accounts an hour, and is told so", async ({ page, request, clientAddress }) => {
  // Links for new addresses are counted per network address; an existing account's link is not.
  for (let attempt = 0; attempt < 2; attempt += 1) expect((await postSignInEmail(request, uniqueEmail("newcomer"))).status()).toBe(302);
  expect((await postSignInEmail(request, await createAccount("resident"))).status()).toBe(302);
  const counted = await sql<{ count: number }[]>`select count from rate_limits where key = ${`new-account:ip:${clientAddress}`}`;
  expect(counted.map((row) => row.count)).toEqual([2]);

  // As if 20 new accounts had been made this hour from this network address (the browser's too).
  await sql`insert into rate_limits (key, window_start, count) values (${`new-account:ip:${clientAddress}`}, now(), 20)
            on conflict (key) do update set window_start = now(), count = 20`;
  const refused = await postSignInEmail(request, uniqueEmail("newcomer"));
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await refused.json()) as { error: string }).error).toContain("Too many new accounts have been made from your network");
  // The form says the same, keeps the address, and sends nothing.
  const email = uniqueEmail("one-more");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  const form = page.getByRole("form", { name: "Sign in with email" });
  await expect(form.getByRole("alert")).toContainText("Too many new accounts have been made from your network in the last hour");
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  expect(await countSignInEmails(email)).toBe(0);
  // Someone who already has an account can still sign in.
  expect((await postSignInEmail(request, await createAccount("resident"))).status()).toBe(302);
});

test("a form whose hidden spam box was filled sends nothing and says why", async ({ page, request }) => {
  const email = uniqueEmail("bot");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.locator('input[name="website"]').evaluate((input: HTMLInputElement) => (input.value = "https://spam.example"));
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  const form = page.getByRole("form", { name: "Sign in with email" });
  await expect(form.getByRole("alert")).toContainText('If you filled in the box labelled "Leave this box empty"');
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expectAccessible(page);
  expect(await countSignInEmails(email)).toBe(0);
  // Auth.js's endpoint refuses the same, and a post without the form's fields at all.
  expect((await postSignInEmail(request, email, {}, { website: "https://spam.example" })).status()).toBe(400);
  expect((await postSignInEmail(request, email, {}, { formShownAt: "" })).status()).toBe(400);
  expect(await countSignInEmails(email)).toBe(0);
});
