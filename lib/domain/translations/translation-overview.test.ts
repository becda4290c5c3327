import { describe, expect, it } from "vitest";
import { translationOverview } from "./translation-overview";

describe("the console's list of languages", () => {
  it("lists every language, saying which are translated and how far", () => {
    const fields = [{ key: "title", kind: "line" as const, part: "title" as const, original: "Bus lanes", max: 100 }];
    const updatedAt = new Date("2026-12-01T10:00:00Z");
    const overview = translationOverview(["pa", "ur"], fields, [{ locale: "ur", fields: { title: { text: "بس لینز", source: "Bus lanes" } }, updatedAt }]);
    expect(overview).toEqual([
      { locale: "pa", translation: null },
      { locale: "ur", translation: { progress: { total: 1, translated: 1, missing: [], outdated: [] }, updatedAt } },
    ]);
  });
});
