/**
 * The accessibility statement stays true: every check it says is made (lib/domain/accessibility/
 * checks.ts) is a test that exists, or an assertion the journeys make, in the file it names; and the
 * statement describes each check in every language.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESSIBILITY_CHECK_IDS, ACCESSIBILITY_CHECKS, type Evidence } from "@/lib/domain/accessibility/checks";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";

const ROOT = path.resolve(__dirname, "../..");
const source = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** A `test(...)`, `test.describe(...)`, `describe(...)` or `it(...)` whose title includes the words. */
function hasTest(text: string, words: string): boolean {
  const titles = [...text.matchAll(/\b(?:test(?:\.describe)?|describe|it)(?:\.only|\.skip)?\(\s*(["'`])((?:(?!\1).)*)\1/g)].map((match) => match[2] ?? "");
  return titles.some((title) => title.includes(words));
}

function missing(evidence: Evidence): string | null {
  const text = source(evidence.file);
  if ("test" in evidence) return hasTest(text, evidence.test) ? null : `${evidence.file}: no test titled "…${evidence.test}…"`;
  return text.includes(evidence.asserts) ? null : `${evidence.file}: no assertion on ${evidence.asserts}`;
}

/** Every .tsx file under a folder. */
function components(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return components(relative);
    return entry.name.endsWith(".tsx") ? [relative] : [];
  });
}

describe("no action needs dragging (WCAG 2.5.7)", () => {
  it("has nothing draggable and no drag handlers; the survey builder moves questions and sections with buttons", () => {
    const files = [...components("app"), ...components("components")];
    const dragging = files.filter((file) => /\bonDrag\w*=|draggable=(\{true\}|"true")/.test(source(file)));
    expect(dragging).toEqual([]);
    expect(source("components/surveys/builder/question-card.tsx")).toContain('t("moveQuestionUp"');
    expect(source("components/surveys/builder/section-card.tsx")).toContain('t("moveSectionUp"');
  });
});

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
