import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionModules, exportedNames, inlineServerActions, isUseServerModule, pageFiles, PROJECT_ROOT, routeFiles } from "@/tests/support/route-tree";
import { ACTIONS } from "@/lib/domain/access/policy";
import { ACTION_ACCESS, isTokenAccess, PAGE_ACCESS, ROUTE_ACCESS, sessionAllows, urlPatternOf, type Access } from "./route-access";

const source = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), "utf8");

/** The layout files above a page, from app/ down. */
function ancestorsOf(page: string): string[] {
  const parts = page.split("/").slice(0, -1);
  return parts.map((_, index) => `${parts.slice(0, index + 1).join("/")}/layout.tsx`).filter((file) => existsSync(path.join(PROJECT_ROOT, file)));
}
const sorted = (items: Iterable<string>) => [...items].sort();

/** Every Access names something real: a policy Action, or a token with its reason. */
function isKnownAccess(access: Access): boolean {
  if (isTokenAccess(access)) return access.token.trim().length > 0;
  return access === "anyone" || access === "signed-in" || ACTIONS.includes(access);
}

describe("the route access map covers the route tree exactly", () => {
  it("has an entry for every page on disk, and no entry for a page that is not there", () => {
    expect(sorted(Object.keys(PAGE_ACCESS))).toEqual(pageFiles());
  });

  it("has an entry for every route handler and each method it exports, and nothing more", () => {
    const onDisk = routeFiles().flatMap(({ file, methods }) => methods.map((method) => `${file} ${method}`));
    const mapped = Object.entries(ROUTE_ACCESS).flatMap(([file, methods]) => Object.keys(methods).map((method) => `${file} ${method}`));
    expect(sorted(mapped)).toEqual(sorted(onDisk));
  });

  it("has an entry for every export of every \"use server\" module, and nothing more", () => {
    const onDisk = actionModules().flatMap(({ file, exports }) => exports.map((name) => `${file}#${name}`));
    const mapped = Object.entries(ACTION_ACCESS).flatMap(([file, actions]) => Object.keys(actions).map((name) => `${file}#${name}`));
    expect(sorted(mapped)).toEqual(sorted(onDisk));
  });

  it("finds no server action declared inline, where the matrix could not see it", () => {
    expect(inlineServerActions()).toEqual([]);
  });

  it("names only policy actions, \"anyone\", \"signed-in\" or a token with its reason", () => {
    const all = [...Object.values(PAGE_ACCESS), ...Object.values(ROUTE_ACCESS).flatMap((methods) => Object.values(methods)), ...Object.values(ACTION_ACCESS).flatMap((actions) => Object.values(actions))];
    expect(all.filter((access) => !isKnownAccess(access))).toEqual([]);
  });
});

/**
 * The cheap static half of the matrix: each file's wrapper names the Action its entry names. The
 * behaviour itself is checked per role by tests/integration/authz-actions.test.ts (actions) and
 * e2e/authz-matrix.spec.ts (pages and route handlers).
 */
describe("each file's wrapper agrees with the map", () => {
  it("pages with a policy entry call requirePermission with that action; the others call no guard", () => {
    const disagreements = Object.entries(PAGE_ACCESS).flatMap(([file, access]) => {
      const guards = sorted(new Set([...source(file).matchAll(/\brequire(?:Permission|User)\(\s*"?([^",)]*)/g)].map((match) => match[1] ?? "")));
      const expected = isTokenAccess(access) || access === "anyone" ? [] : [access === "signed-in" ? "" : access];
      return JSON.stringify(guards) === JSON.stringify(expected) ? [] : [`${file}: map says ${JSON.stringify(access)}, the page guards ${JSON.stringify(guards)}`];
    });
    expect(disagreements).toEqual([]);
  });

  // Next renders layouts, pages and generateMetadata in parallel and streams each one's output even
  // when another refuses, so a parent layout's guard does not cover them (lib/auth/guard.ts).
  it("a guarded page's generateMetadata, and a layout above it, guard themselves before reading by params", () => {
    const guarded = Object.entries(PAGE_ACCESS).filter(([, access]) => !isTokenAccess(access) && access !== "anyone");
    const metadata = guarded.flatMap(([file]) => {
      const body = /export async function generateMetadata\(([^)]*)\)[\s\S]*?\n\}\n/.exec(source(file));
      return body && /params/.test(body[1] ?? "") && !/\brequire(?:Any)?Permission\(|\brequireUser\(/.test(body[0]) ? [`${file}: generateMetadata`] : [];
    });
    const layouts = [...new Set(guarded.flatMap(([file]) => ancestorsOf(file)))].flatMap((layout) => {
      const text = source(layout);
      return /\bparams\b/.test(text) && !/\brequire(?:Any)?Permission\(|\brequireUser\(/.test(text) ? [layout] : [];
    });
    expect([...metadata, ...layouts]).toEqual([]);
  });

  it("route handlers with a policy entry are built with withPermission(that action); the others check their own token or nothing", () => {
    const disagreements = Object.entries(ROUTE_ACCESS).flatMap(([file, methods]) =>
      Object.entries(methods).flatMap(([method, access]) => {
        const wrapped = new RegExp(`export const ${method} = withPermission(?:<[^(]*>)?\\(\\s*"([^"]+)"`).exec(source(file))?.[1] ?? null;
        const expected = isTokenAccess(access) || access === "anyone" ? null : access;
        return wrapped === expected ? [] : [`${file} ${method}: map says ${JSON.stringify(access)}, the handler is wrapped with ${JSON.stringify(wrapped)}`];
      }),
    );
    expect(disagreements).toEqual([]);
  });

  it("reads the route tree as Next serves it", () => {
    expect(urlPatternOf("app/(public)/page.tsx")).toBe("/");
    expect(urlPatternOf("app/(public)/surveys/[slug]/sections/[sectionId]/page.tsx")).toBe("/surveys/[slug]/sections/[sectionId]");
    expect(urlPatternOf("app/api/auth/[...nextauth]/route.ts")).toBe("/api/auth/[...nextauth]");
    expect(isUseServerModule('// note\n"use server";\nexport const a = 1;')).toBe(true);
    expect(isUseServerModule('import x from "y";\n"use server";')).toBe(false);
    expect(exportedNames("export const a = 1;\nexport async function b() {}\nexport { c, d as e };")).toEqual(["a", "b", "c", "e"]);
  });

  it("lets a session open nothing behind a token, and follows the policy for the rest", () => {
    expect(sessionAllows({ token: "signed link" }, "admin")).toBe(false);
    expect(sessionAllows("anyone", "anonymous")).toBe(true);
    expect(sessionAllows("signed-in", "anonymous")).toBe(false);
    expect(sessionAllows("signed-in", "resident")).toBe(true);
    expect(sessionAllows("people:manage", "officer")).toBe(false);
    expect(sessionAllows("people:manage", "admin")).toBe(true);
  });
});
