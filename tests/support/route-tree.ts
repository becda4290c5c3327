/**
 * The app's entry points, read from the file system: every page, every route handler and the HTTP
 * methods it exports, and every server action (the exports of a "use server" module). The
 * authorisation matrix is generated from this, so a new file is checked without anyone listing it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { HttpMethod } from "../../lib/auth/route-access";

/** Vitest and Playwright both run from the project folder (as lib/db/migrate.ts assumes too). */
export const PROJECT_ROOT = process.cwd();

const HTTP_METHODS: readonly HttpMethod[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;
/** Where server actions may live: routes own them, but a "use server" file anywhere is an entry point. */
const ACTION_ROOTS = ["app", "components", "lib"];

/** Every file under `dir` (relative to the project, with forward slashes), test files left out. */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(relative);
    return entry.isFile() && SOURCE.test(entry.name) && !/\.test\.|\.spec\./.test(entry.name) ? [relative] : [];
  });
}

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), "utf8");

/** The names a module exports: `export const|let|function|async function|class X` and `export { X, Y as Z }`. */
export function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:const|let|var|function\*?|class)\s+([A-Za-z_$][\w$]*)/gm)].map((match) => match[1] ?? "");
  for (const list of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const item of (list[1] ?? "").split(",")) {
      const name = item.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) names.push(name);
    }
  }
  if (/^export\s+default\b/m.test(source)) names.push("default");
  return names;
}

/** A module whose first statement is the "use server" directive (comments may come before it). */
export function isUseServerModule(source: string): boolean {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return /^\s*["']use server["'];?/.test(withoutComments);
}

export type RouteFile = { file: string; methods: HttpMethod[] };
export type ActionModule = { file: string; exports: string[] };

export function pageFiles(): string[] {
  return filesUnder("app").filter((file) => /\/page\.(tsx|ts|jsx|js)$/.test(file)).sort();
}

export function routeFiles(): RouteFile[] {
  return filesUnder("app")
    .filter((file) => /\/route\.(ts|tsx|js)$/.test(file))
    .sort()
    .map((file) => {
      const exported = new Set(exportedNames(read(file)));
      return { file, methods: HTTP_METHODS.filter((method) => exported.has(method)) };
    });
}

export function actionModules(): ActionModule[] {
  return ACTION_ROOTS.flatMap(filesUnder)
    .filter((file) => isUseServerModule(read(file)))
    .sort()
    .map((file) => ({ file, exports: exportedNames(read(file)) }));
}

/**
 * Files with a "use server" directive that is not the module's first statement: server actions
 * declared inline in a component, which the matrix cannot enumerate. They should move to an
 * actions module; the tests list them so none goes unnoticed.
 */
export function inlineServerActions(): string[] {
  return ACTION_ROOTS.flatMap(filesUnder)
    .filter((file) => {
      const source = read(file);
      return /^\s*["']use server["'];?\s*$/m.test(source) && !isUseServerModule(source);
    })
    .sort();
}
