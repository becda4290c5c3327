import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ROLES } from "@/lib/domain/access/roles";
import { isTokenAccess, PAGE_ACCESS, ROUTE_ACCESS, sessionAllows, VISITORS, type Access, type Visitor } from "../lib/auth/route-access";
import { pageFiles, routeFiles } from "../tests/support/route-tree";
import { cleanUpDemo, prepareDemo, type Demo } from "./support/authz-demo";
import { pageProbes, routeProbes, type Outcome, type Probe } from "./support/authz-probes";
import { createAccount, createSession } from "./support/db";
import { expect, nextClientAddress, test } from "./support/fixtures";
import { E2E_BASE_URL } from "./support/settings";

/**
 * The authorisation matrix on the production build: every page and every route handler method on
 * disk, as each of the six visitors (signed out, and one account of each role), against the map in
 * lib/auth/route-access.ts. Plain HTTP requests with the session cookie, redirects not followed.
 *
 * Refused pages: signed out, a 307 to /sign-in; signed in, the 403 page. Refused route handlers:
 * 401 signed out, 403 signed in. A refused response carries none of the record's own text. Token
 * entries (signed links, cron and webhook secrets) answer every visitor alike: a session opens nothing.
 */
const FORBIDDEN_HEADING = "You do not have access to this page";
const SESSION_COOKIE = "authjs.session-token";

let demo: Demo | undefined;
const prepared = (): Demo => {
  if (!demo) throw new Error("The demo data for the matrix was not prepared");
  return demo;
};
const contexts = new Map<Visitor, APIRequestContext>();
const checked = { pages: 0, routes: 0, probes: 0, combinations: 0 };

// Each worker that runs matrix tests makes its own records and accounts (holding the site lock
// shared, as a test would: an @alone test never sees them half made).
test.beforeAll(async ({ siteLock }, workerInfo) => {
  await siteLock.shared(async () => {
    demo = await prepareDemo();
    for (const visitor of VISITORS) {
      const token = visitor === "anonymous" ? null : await createSession(await createAccount(visitor, `Matrix ${visitor}`));
      if (visitor !== "anonymous" && !token) throw new Error(`No session for the ${visitor} account`);
      const cookies = token ? [{ name: SESSION_COOKIE, value: token, domain: new URL(E2E_BASE_URL).hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const }] : [];
      const extraHTTPHeaders = { "x-forwarded-for": nextClientAddress(workerInfo.workerIndex) };
      contexts.set(visitor, await playwrightRequest.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies, origins: [] }, extraHTTPHeaders }));
    }
  });
});

test.afterAll(async ({ siteLock }) => {
  await Promise.all([...contexts.values()].map((context) => context.dispose()));
  await siteLock.shared(() => cleanUpDemo(demo));
  console.log(
    `authorisation matrix: ${checked.combinations} combinations checked (${checked.probes} addresses for ${checked.pages} pages and ${checked.routes} route handler methods, x ${VISITORS.length} visitors: signed out, ${ROLES.join(", ")}; ` +
      `server actions: tests/integration/authz-actions.test.ts)`,
  );
});

async function send(visitor: Visitor, probe: Probe): Promise<APIResponse> {
  const context = contexts.get(visitor);
  if (!context) throw new Error(`No request context for ${visitor}`);
  return context.fetch(probe.path, { method: probe.method, data: probe.json, form: probe.form, maxRedirects: 0, failOnStatusCode: false, timeout: 20_000 });
}

/** Where a redirect goes, as a path on this site. */
function locationOf(response: APIResponse): string | null {
  const location = response.headers()["location"];
  if (!location) return null;
  const url = new URL(location, E2E_BASE_URL);
  return url.origin === new URL(E2E_BASE_URL).origin ? `${url.pathname}${url.search}` : url.toString();
}

const describeResponse = (response: APIResponse) => `${response.status()}${locationOf(response) ? ` -> ${locationOf(response)}` : ""}`;

function expectOutcome(response: APIResponse, outcome: Outcome, label: string): void {
  if ("redirect" in outcome) {
    expect([301, 302, 303, 307, 308], `${label}: ${describeResponse(response)}`).toContain(response.status());
    expect(locationOf(response), label).toBe(outcome.redirect);
  } else {
    const statuses = typeof outcome.status === "number" ? [outcome.status] : outcome.status;
    expect(statuses, `${label}: ${describeResponse(response)}`).toContain(response.status());
  }
}

/** Signed out and refused: to sign in, coming back to this address or the section it is in (/console). */
function expectSentToSignIn(response: APIResponse, probe: Probe, label: string): void {
  expect(response.status(), `${label}: ${describeResponse(response)}`).toBe(307);
  const location = new URL(locationOf(response) ?? "", E2E_BASE_URL);
  expect(location.pathname, label).toBe("/sign-in");
  const callbackUrl = location.searchParams.get("callbackUrl") ?? "";
  expect(probe.path.startsWith(callbackUrl) && callbackUrl.startsWith("/"), `${label}: callbackUrl ${callbackUrl}`).toBe(true);
}

async function check(kind: "page" | "route", access: Access, probe: Probe, visitor: Visitor): Promise<number> {
  const label = `${visitor} ${probe.method} ${probe.path} (${JSON.stringify(access)})`;
  const response = await send(visitor, probe);
  const body = await response.text();
  const allowed = isTokenAccess(access) || sessionAllows(access, visitor);
  if (allowed) {
    const outcome = typeof probe.allowed === "function" ? probe.allowed(visitor) : (probe.allowed ?? { status: 200 });
    expectOutcome(response, outcome, label);
  } else if (kind === "route") {
    expect(response.status(), `${label}: ${describeResponse(response)}`).toBe(visitor === "anonymous" ? 401 : 403);
  } else if (visitor === "anonymous") {
    expectSentToSignIn(response, probe, label);
  } else {
    expect(response.status(), `${label}: ${describeResponse(response)}`).toBe(403);
    expect(body, label).toContain(FORBIDDEN_HEADING);
  }
  // An address's own data never reaches someone it refuses, not even in a title or a layout's payload.
  if (!allowed) for (const secret of probe.secret ?? []) expect(body.includes(secret), `${label} contains "${secret}"`).toBe(false);
  checked.combinations += 1;
  return response.status();
}

async function checkEntry(kind: "page" | "route", access: Access | undefined, probes: Probe[] | undefined, name: string): Promise<void> {
  expect(access, `${name} has no entry in lib/auth/route-access.ts`).toBeDefined();
  expect(probes?.length ?? 0, `${name} has no probe in e2e/support/authz-probes.ts`).toBeGreaterThan(0);
  if (!access || !probes) return;
  for (const probe of probes) {
    const statuses = new Map<Visitor, number>();
    for (const visitor of VISITORS) statuses.set(visitor, await check(kind, access, probe, visitor));
    if (isTokenAccess(access)) expect(new Set(statuses.values()).size, `${probe.path}: a token entry answers every visitor alike`).toBe(1);
    checked.probes += 1;
  }
  if (kind === "page") checked.pages += 1;
  else checked.routes += 1;
}

// One worker runs the whole matrix (its 63 tests take about 11 s and share one set of records), so
// the count printed at the end is the whole matrix's; the tests still depend on nothing but beforeAll.
test.describe.configure({ mode: "default", timeout: 60_000 });

test("every probe names a page or route handler method on disk", () => {
  expect(Object.keys(pageProbes(prepared())).sort()).toEqual(pageFiles());
  expect(Object.keys(routeProbes(prepared())).sort()).toEqual(routeFiles().flatMap(({ file, methods }) => methods.map((method) => `${file} ${method}`)).sort());
});

test.describe("pages", () => {
  for (const file of pageFiles()) {
    test(file, async () => {
      await checkEntry("page", PAGE_ACCESS[file], pageProbes(prepared())[file], file);
    });
  }
});

test.describe("route handlers", () => {
  for (const { file, methods } of routeFiles()) {
    for (const method of methods) {
      test(`${file} ${method}`, async () => {
        await checkEntry("route", ROUTE_ACCESS[file]?.[method], routeProbes(prepared())[`${file} ${method}`], `${file} ${method}`);
      });
    }
  }
});
