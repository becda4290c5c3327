/**
 * The accessibility statement stays true: every check it says is made (lib/domain/accessibility/
 * checks.ts) is a test that exists, or an assertion the journeys make, in the file it names; and the
 * statement describes each check in every language.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESSIBILITY_CHECK_IDS, ACCESSIBILITY_CHECKS, type Evidence } from "@/lib/domain/accessibility/checks";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";

const ROOT = path.resolve(__dirname, "../..");
const source = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** A `test(...)` or `test.describe(...)` whose title includes the words. */
function hasTest(text: string, words: string): boolean {
  const titles = [...text.matchAll(/\btest(?:\.describe)?(?:\.only|\.skip)?\(\s*(["'`])((?:(?!\1).)*)\1/g)].map((match) => match[2] ?? "");
  return titles.some((title) => title.includes(words));
}

function missing(evidence: Evidence): string | null {
  const text = source(evidence.file);
  if ("test" in evidence) return hasTest(text, evidence.test) ? null : `${evidence.file}: no test titled "…${evidence.test}…"`;
  return text.includes(evidence.asserts) ? null : `${evidence.file}: no assertion on ${evidence.asserts}`;
}

describe("the accessibility statement", () => {
  it("claims only checks that exist, each in the file it names", () => {
    const absent = Object.values(ACCESSIBILITY_CHECKS).flatMap((evidence: readonly Evidence[]) => evidence.map(missing).filter((problem): problem is string => problem !== null));
    expect(absent).toEqual([]);
  });

  it("finds a renamed or removed test (the check itself)", () => {
    expect(missing({ file: "e2e/keyboard.spec.ts", test: "a journey that was never written" })).toMatch(/no test titled/);
    expect(missing({ file: "e2e/support/keyboard.ts", asserts: "an assertion nobody makes" })).toMatch(/no assertion/);
  });

  it("describes every check in every language", () => {
    for (const locale of SUPPORTED_LOCALES) {
      const checks = JSON.parse(source(`messages/${locale}.json`)).accessibility.checks as Record<string, string>;
      expect(Object.keys(checks).sort(), locale).toEqual([...ACCESSIBILITY_CHECK_IDS].sort());
    }
  });
});
