/**
 * The server actions' half of the authorisation matrix: every export of every "use server" module
 * on disk, called as each of the six visitors with an empty form, against lib/auth/route-access.ts.
 * A refused visitor gets the wrapper's "sign in" (signed out) or "forbidden" (signed in) message and
 * nothing runs; an allowed one gets past the wrapper (an empty form then fails validation, or the
 * action does what it does with no input). Token entries answer every visitor alike.
 * Pages and route handlers are checked over HTTP in e2e/authz-matrix.spec.ts.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { IDLE } from "@/components/ui/form-state";
import { ROLES } from "@/lib/domain/access/roles";
import { ACTION_ACCESS, isTokenAccess, sessionAllows, VISITORS, type Access, type Visitor } from "@/lib/auth/route-access";
import { getDb } from "@/lib/db/client";
import messages from "@/messages/en.json";
import { createUser } from "@/tests/support/factories";
import { actionModules, PROJECT_ROOT } from "@/tests/support/route-tree";

/** Who is signed in for the next call: the wrappers read the person through getCurrentUser. */
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));

vi.mock("@/lib/auth/current-user", () => ({
  SESSION_COOKIES: ["__Secure-authjs.session-token", "authjs.session-token"],
  getCurrentUser: async () => session.user,
}));
// Outside a Next request: messages come from the English file (tests/support/next-intl-server), cookies
// and headers are empty, and Auth.js's sign-in and sign-out (the handlers of two "anyone" actions) do nothing.
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// Of the actions an empty form does not stop (they take no fields), this one would queue every due
// partner summary in a shared test database (DATABASE_URL): here it only reports. The other,
// "sign out everywhere", removes the matrix accounts' own sessions, and runs for real.
vi.mock("@/lib/server/summaries/queue-due-summaries", () => ({ queueDueSummaries: async () => ({ contacts: 0, queued: 0, alreadyQueued: 0, skippedQuiet: 0 }) }));
vi.mock("@/lib/auth/config", () => ({ signIn: async () => undefined, signOut: async () => undefined, auth: async () => null, handlers: {} }));

const SIGN_IN = messages.errors.signInFirst;
const FORBIDDEN = messages.errors.forbidden;
const UNEXPECTED = messages.errors.unexpected.split("{")[0] ?? messages.errors.unexpected;

type Called = { kind: "returned"; value: unknown } | { kind: "redirected"; to: string };
type ServerAction = (state: unknown, form: FormData) => Promise<unknown>;

const users = new Map<Visitor, CurrentUser | null>();
let combinations = 0;

beforeAll(async () => {
  users.set("anonymous", null);
  for (const role of ROLES) users.set(role, await createUser(getDb(), { role, name: `Matrix ${role}` }));
});

afterAll(() => {
  const actions = Object.values(ACTION_ACCESS).reduce((total, module) => total + Object.keys(module).length, 0);
  console.log(`authorisation matrix: ${combinations} server action combinations checked (${actions} actions x ${VISITORS.length} visitors)`);
});

/** next/navigation's redirect() throws an error whose digest names the target: an allowed action may end that way. */
function redirectTarget(error: unknown): string | null {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
  return digest.startsWith("NEXT_REDIRECT;") ? (digest.split(";")[2] ?? "") : null;
}

async function call(action: ServerAction, visitor: Visitor): Promise<Called> {
  session.user = users.get(visitor) ?? null;
  try {
    return { kind: "returned", value: await action(IDLE, new FormData()) };
  } catch (error) {
    const to = redirectTarget(error);
    if (to === null) throw error;
    return { kind: "redirected", to };
  }
}

const messageOf = (called: Called) =>
  called.kind === "returned" && typeof called.value === "object" && called.value !== null && "message" in called.value ? String(called.value.message) : null;

function expectRefusal(called: Called, visitor: Visitor, label: string): void {
  expect(called, label).toEqual({ kind: "returned", value: { status: "error", message: visitor === "anonymous" ? SIGN_IN : FORBIDDEN, fieldErrors: {}, values: {} } });
}

function expectAllowed(called: Called, label: string): void {
  const message = messageOf(called);
  expect(message === SIGN_IN || message === FORBIDDEN, `${label} was refused: ${message}`).toBe(false);
  expect(message?.startsWith(UNEXPECTED) ?? false, `${label} failed unexpectedly: ${message}`).toBe(false);
}

const modules = actionModules();

describe.each(modules.map(({ file, exports }) => ({ file, exports })))("$file", ({ file, exports }) => {
  it.each(exports)("%s answers each visitor as the map says", async (name) => {
    const access: Access | undefined = ACTION_ACCESS[file]?.[name];
    expect(access, `${file}#${name} has no entry in lib/auth/route-access.ts`).toBeDefined();
    if (!access) return;
    const loaded: Record<string, unknown> = await import(/* @vite-ignore */ path.join(PROJECT_ROOT, file));
    const action = loaded[name];
    expect(typeof action, `${file}#${name} is not a function`).toBe("function");
    const results: Called[] = [];
    for (const visitor of VISITORS) {
      const label = `${visitor} ${file}#${name} (${JSON.stringify(access)})`;
      const called = await call(action as ServerAction, visitor);
      if (isTokenAccess(access) || sessionAllows(access, visitor)) expectAllowed(called, label);
      else expectRefusal(called, visitor, label);
      results.push(called);
      combinations += 1;
    }
    // A token in the form is the authority: who is signed in changes nothing.
    if (isTokenAccess(access)) for (const called of results) expect(called).toEqual(results[0]);
  });
});
