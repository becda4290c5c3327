import { describe, expect, it } from "vitest";
import { tagEnglish } from "@/lib/text/tag-english";
import { extractThemes, phrasesOf, scoreItem } from "./extract-themes";
import { FIXED_CORPUS } from "./fixed-corpus";
import { mostlyLatin, notAnalysedLanguage } from "./languages";

const themesOf = (result: ReturnType<typeof extractThemes>) => result.themes.map((theme) => ({ label: theme.label, keyPhrases: theme.keyPhrases, items: theme.items }));

describe("extractThemes on the fixed corpus", () => {
  const result = extractThemes(FIXED_CORPUS, tagEnglish);

  it("gives the same themes, in the same order, for the same items in any order", () => {
    expect(themesOf(extractThemes(FIXED_CORPUS, tagEnglish))).toEqual(themesOf(result));
    const shuffled = [...FIXED_CORPUS].reverse();
    expect(themesOf(extractThemes(shuffled, tagEnglish))).toEqual(themesOf(result));
  });

  it("finds the corpus's themes, each explained by its key phrases", () => {
    const labels = result.themes.map((theme) => theme.label);
    expect(labels).toEqual(expect.arrayContaining(["English classes", "Right to work checks", "Childcare", "Skills gap", "Bus"]));
    const english = result.themes.find((theme) => theme.label === "English classes");
    expect(english?.keyPhrases).toEqual(expect.arrayContaining(["english class", "esol class"]));
    const checks = result.themes.find((theme) => theme.label === "Right to work checks");
    expect(checks?.items.map((item) => item.id)).toEqual(expect.arrayContaining(["en-09", "en-10", "en-11", "en-12", "en-13", "en-14"]));
  });

  it("scores items between 0 and 1, best first, and leaves general remarks out of every theme", () => {
    for (const theme of result.themes) {
      const scores = theme.items.map((item) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
    }
    const coded = new Set(result.themes.flatMap((theme) => theme.items.map((item) => item.id)));
    for (const general of ["en-38", "en-39", "en-40"]) expect(coded.has(general)).toBe(false);
  });

  it("lists items in other languages by language, never dropping one", () => {
    expect(result.analysed).toBe(40);
    expect(result.notAnalysed).toEqual([
      { language: "pl", ids: ["pl-01", "pl-02"] },
      { language: "ar", ids: ["ar-01"] },
      { language: "pa", ids: ["pa-01"] },
      { language: "und", ids: ["en-ar-01"] },
      { language: "ur", ids: ["ur-01"] },
    ]);
    expect(result.analysed + result.notAnalysed.reduce((sum, group) => sum + group.ids.length, 0)).toBe(FIXED_CORPUS.length);
  });

  it("finds nothing in nothing", () => {
    expect(extractThemes([], tagEnglish)).toMatchObject({ themes: [], notAnalysed: [], analysed: 0 });
  });
});

describe("phrasesOf", () => {
  it("takes noun phrases and single nouns as lemmas, keeping how they were written", () => {
    const phrases = phrasesOf(tagEnglish("Cheaper bus passes would help job seekers."));
    expect([...phrases.keys()]).toEqual(expect.arrayContaining(["bus pass", "pass", "job seeker", "seeker"]));
    expect(phrases.get("bus pass")).toBe("bus passes");
    expect(phrases.has("would")).toBe(false);
  });

  it("reads 'right to work checks' as one phrase", () => {
    expect(phrasesOf(tagEnglish("We struggle with right to work checks.")).get("right to work check")).toBe("right to work checks");
  });
});

describe("scoreItem", () => {
  it("is the share of the theme's phrase weight the item contains", () => {
    const weights = new Map([["bus", 1], ["bus pass", 3]]);
    expect(scoreItem(new Map([["bus", ""]]), ["bus", "bus pass"], weights)).toBe(0.25);
    expect(scoreItem(new Map([["bus", ""], ["bus pass", ""]]), ["bus", "bus pass"], weights)).toBe(1);
  });
});

describe("languages", () => {
  it("analyses English in the Latin script only", () => {
    expect(mostlyLatin("Bus fares 2026!")).toBe(true);
    expect(mostlyLatin("الحافلات bus")).toBe(false);
    expect(notAnalysedLanguage({ locale: "en", text: "Buses" })).toBeNull();
    expect(notAnalysedLanguage({ locale: "pl", text: "Autobusy" })).toBe("pl");
    expect(notAnalysedLanguage({ locale: "en", text: "ਬੱਸਾਂ" })).toBe("und");
  });
});
