/**
 * Every language's message file against English (messages/en.json): the same keys (none missing,
 * none left over), the same ICU placeholders, valid ICU, and no English left in a translated value
 * except names, addresses and values a person must type exactly (tests/support/message-check.ts).
 * A key missing at run time still shows in English (lib/i18n/config.ts), but never reaches main.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { compareMessages, englishLeft, placeholders } from "@/tests/support/message-check";

const DIR = path.resolve(__dirname, "../../messages");
const read = (locale: string) => JSON.parse(readFileSync(path.join(DIR, `${locale}.json`), "utf8"));
const english = read(DEFAULT_LOCALE);
const show = (problems: { key: string; problem: string }[]) => problems.map(({ key, problem }) => `${key}: ${problem}`);

describe("the message files", () => {
  it("are exactly the configured languages (lib/i18n/locales.ts)", () => {
    const files = readdirSync(DIR).filter((file) => file.endsWith(".json")).map((file) => file.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  for (const locale of SUPPORTED_LOCALES.filter((code) => code !== DEFAULT_LOCALE)) {
    describe(`messages/${locale}.json`, () => {
      const problems = compareMessages(locale, english, read(locale));
      it("has every key English has, and no key English does not", () => {
        expect(show(problems.filter(({ problem }) => problem === "missing" || problem.startsWith("not in English")))).toEqual([]);
      });
      it("keeps every placeholder, plural and select of the English, in valid ICU", () => {
        expect(show(problems.filter(({ problem }) => problem.startsWith("placeholders") || problem.startsWith("not valid ICU")))).toEqual([]);
      });
      it("leaves no English in a translated value, except names", () => {
        expect(show(problems.filter(({ problem }) => problem.startsWith("English left")))).toEqual([]);
      });
    });
  }
});

describe("the check itself", () => {
  const en = { greeting: "Hello {name}", count: "{n, plural, one {# comment} other {# comments}}" };

  it("finds a missing key, an extra key and a changed placeholder", () => {
    const problems = compareMessages("pl", en, { greeting: "Cześć {imie}", extra: "Nadmiar" });
    expect(show(problems)).toEqual(["count: missing", "extra: not in English (unused)", "greeting: placeholders imie:text differ from English name:text"]);
  });

  it("accepts a language's own plural categories, and refuses broken ICU", () => {
    expect(compareMessages("ar", en, { greeting: "مرحبا {name}", count: "{n, plural, zero {لا تعليقات} one {تعليق} two {تعليقان} few {# تعليقات} many {# تعليقًا} other {# تعليق}}" })).toEqual([]);
    expect(show(compareMessages("ur", { a: "{n, plural, other {#}}" }, { a: "{n, plural, other {#}" }))[0]).toMatch(/^a: not valid ICU/);
  });

  it("finds English left in Urdu and in Polish, but not names, codes or addresses", () => {
    expect(englishLeft("ur", "اپنا email درج کریں")).toEqual(["email"]);
    expect(englishLeft("ur", "Let's Talk پر CSV فائل، RETENTION_DAYS، “weekly” اور name@example.org")).toEqual([]);
    expect(englishLeft("pl", "Wyślij the odpowiedź")).toEqual(["the"]);
    expect(englishLeft("pl", "To jest twoja ankieta")).toEqual([]);
    expect(placeholders("{a} <b>{c, number}</b>")).toEqual(["<b>", "a:text", "c:number"]);
  });
});
