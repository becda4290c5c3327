import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

type Violation = { from: string; to: string; rule: { name: string }; cycle?: unknown[] };

/** Runs dependency-cruiser, as `npm run lint` does, over the fixture project with the project's rules. */
function cruiseFixtures(): Violation[] {
  let output: string;
  try {
    output = execFileSync("npx", ["depcruise", "tests/lint/fixtures", "--config", "tests/lint/fixture-cruiser.cjs", "--output-type", "json"], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    // depcruise exits non-zero when it finds violations: the JSON report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}

const violations = cruiseFixtures();
const found = (rule: string) => violations.filter((violation) => violation.rule.name === rule).map((violation) => `${violation.from} -> ${violation.to}`);
const at = (path: string) => `tests/lint/fixtures/${path}`;

describe("the layer rules `npm run lint` checks", () => {
  it("fail a component that imports a use case from lib/server", () => {
    expect(found("components-not-to-use-cases")).toEqual([`${at("components/imports-use-case.tsx")} -> ${at("lib/server/things/get-thing.ts")}`]);
  });

  it("fail a component that imports a server action from app/", () => {
    expect(found("components-not-to-routes")).toEqual([`${at("components/imports-route.tsx")} -> ${at("app/things/actions.ts")}`]);
  });

  it("fail a use case that imports next/*", () => {
    expect(found("use-cases-not-to-next")).toEqual([`${at("lib/server/things/get-thing.ts")} -> node_modules/next/headers.js`]);
  });

  it("fail domain code that reaches the database, and a page that queries it", () => {
    expect(found("domain-is-pure")).toEqual([`${at("lib/domain/things/rule.ts")} -> ${at("lib/db/client.ts")}`]);
    expect(found("routes-not-to-database")).toEqual([`${at("app/things/page.tsx")} -> ${at("lib/db/client.ts")}`]);
    expect(found("database-only-from-use-cases").sort()).toEqual([`${at("app/things/page.tsx")} -> ${at("lib/db/client.ts")}`, `${at("lib/domain/things/rule.ts")} -> ${at("lib/db/client.ts")}`]);
  });

  it("fail a cycle", () => {
    const cycles = violations.filter((violation) => violation.rule.name === "no-circular");
    expect(cycles).toHaveLength(1);
    expect([cycles[0]?.from, cycles[0]?.to].sort()).toEqual([at("lib/domain/things/other-rule.ts"), at("lib/domain/things/rule.ts")]);
  });

  it("pass the files that keep every rule", () => {
    const clean = [at("components/clean-thing.tsx"), at("lib/domain/things/pure-rule.ts"), at("app/things/actions.ts")];
    expect(violations.filter((violation) => clean.includes(violation.from))).toEqual([]);
  });
});
