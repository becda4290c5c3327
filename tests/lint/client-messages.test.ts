import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The root layout gives the browser no translations (a page without translated client components
 * loads no translation library: see lib/domain/performance/budgets.ts). So a page whose client
 * components call next-intl's hooks needs a layout above it that sends them (messagesLayout); without
 * one it fails in the browser. This follows every page's imports, as `npm run lint`'s
 * dependency-cruiser sees them, to the client components that use next-intl.
 */
type Module = { source: string; dependencies: { resolved: string; typeOnly?: boolean }[] };

function cruise(): Map<string, string[]> {
  const output = execFileSync("npx", ["depcruise", "app", "components", "lib", "--config", ".dependency-cruiser.cjs", "--output-type", "json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const modules = (JSON.parse(output) as { modules: Module[] }).modules;
  return new Map(modules.map((module) => [module.source, module.dependencies.filter((dependency) => !dependency.typeOnly).map((dependency) => dependency.resolved)]));
}

const graph = cruise();
const text = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : "");
const translatedClient = (path: string) => /^["']use client["']/m.test(text(path)) && /from ["']next-intl["']/.test(text(path));

/** The client components using next-intl that a page (or error page) imports, directly or not. */
function translatedClientComponents(page: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const stack = [page];
  while (stack.length > 0) {
    const path = stack.pop() as string;
    if (seen.has(path) || path.startsWith("node_modules/")) continue;
    seen.add(path);
    if (translatedClient(path)) found.add(path);
    stack.push(...(graph.get(path) ?? []));
  }
  return [...found].sort();
}

const CLIENT_MESSAGES = "components/layout/client-messages.tsx";
/** A layout sends translations when it uses messagesLayout or ClientMessages, itself or through a module it re-exports. */
const sendsMessages = (layout: string) => (graph.get(layout) ?? []).some((dependency) => dependency === CLIENT_MESSAGES || (graph.get(dependency) ?? []).includes(CLIENT_MESSAGES));

/** The layouts above a page (its own folder's included, the root's not) that send translations. */
function messageLayouts(page: string): string[] {
  const layouts: string[] = [];
  for (let folder = dirname(page); folder !== "app" && folder !== "."; folder = dirname(folder)) {
    if (sendsMessages(`${folder}/layout.tsx`)) layouts.push(`${folder}/layout.tsx`);
  }
  return layouts;
}

const pages = [...graph.keys()].filter((path) => /^app\/.*\/?(page|error|not-found|forbidden)\.tsx$/.test(path));

describe("translations in the browser", () => {
  it("every page with translated client components has a layout that sends their messages", () => {
    const missing = pages.filter((page) => translatedClientComponents(page).length > 0 && messageLayouts(page).length === 0);
    expect(missing).toEqual([]);
  });

  it("finds the translated client components of a page, and the layouts that send them", () => {
    expect(translatedClientComponents("app/(public)/topics/[slug]/page.tsx")).toContain("components/ui/form-message.tsx");
    expect(messageLayouts("app/(public)/topics/[slug]/page.tsx")).toEqual(["app/(public)/topics/layout.tsx"]);
    expect(messageLayouts("app/(public)/surveys/[slug]/sections/[sectionId]/page.tsx")).toEqual(["app/(public)/surveys/[slug]/sections/layout.tsx"]);
  });

  it("the resident pages without forms need none", () => {
    expect(translatedClientComponents("app/(public)/page.tsx")).toEqual([]);
    expect(translatedClientComponents("app/(public)/surveys/[slug]/page.tsx")).toEqual([]);
    expect(translatedClientComponents("app/error.tsx")).toEqual([]);
  });
});
