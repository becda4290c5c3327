import { describe, expect, it } from "vitest";
import { fieldState, keepTranslated, pickText, readingState, translationProgress, type TranslatableField, type TranslationFields } from "./translation-fields";

const field = (key: string, original: string): TranslatableField => ({ key, kind: "line", part: "title", original, max: 100 });
const title = field("title", "Bus lanes");
const summary = field("summary", "Where should they go?");

const stored: TranslationFields = {
  title: { text: "بس لینز", source: "Bus lanes" },
  summary: { text: "انہیں کہاں ہونا چاہیے؟", source: "Where should they go, and when?" },
  gone: { text: "ایک پرانا سوال", source: "An old question" },
};

describe("a translated field", () => {
  it("is translated while the English it was made from is unchanged, outdated once that changes, missing when empty or absent", () => {
    expect(fieldState(title, stored)).toBe("translated");
    expect(fieldState(summary, stored)).toBe("outdated");
    expect(fieldState(field("hint", "A hint"), stored)).toBe("missing");
    expect(fieldState(title, { title: { text: "   ", source: "Bus lanes" } })).toBe("missing");
    expect(fieldState(title, null)).toBe("missing");
  });

  it("counts what is translated, missing and outdated, ignoring translations of parts the content no longer has", () => {
    expect(translationProgress([title, summary, field("hint", "A hint")], stored)).toEqual({ total: 3, translated: 1, missing: ["hint"], outdated: ["summary"] });
  });
});

describe("choosing between the translation and the original", () => {
  it("shows the translation in the reader's language where it matches the English", () => {
    expect(pickText(title, "Bus lanes", stored, "ur")).toEqual({ text: "بس لینز", lang: "ur" });
  });

  it("shows the English, marked as English, where there is no translation or it is out of date", () => {
    expect(pickText(summary, "Where should they go?", stored, "ur")).toEqual({ text: "Where should they go?", lang: "en" });
    expect(pickText(title, "Bus lanes", null, "pl")).toEqual({ text: "Bus lanes", lang: "en" });
  });

  it("shows English readers the English whatever is stored", () => {
    expect(pickText(title, "Bus lanes", stored, "en")).toEqual({ text: "Bus lanes", lang: "en" });
  });

  it("shows a rich field's stored HTML rather than its editor JSON", () => {
    const rich: TranslationFields = { body: { text: '{"type":"doc"}', source: "Body", html: "<p>متن</p>" } };
    expect(pickText({ key: "body", original: "Body" }, "<p>Body</p>", rich, "ur")).toEqual({ text: "<p>متن</p>", lang: "ur" });
  });
});

describe("what a reader is told", () => {
  const english = { text: "x", lang: "en" as const };
  const urdu = { text: "x", lang: "ur" as const };

  it("says nothing to an English reader", () => {
    expect(readingState("en", [english], false)).toBe("english");
  });

  it("says there is no translation yet when nothing is translated, even if they asked for the original", () => {
    expect(readingState("ur", [english, english], false)).toBe("untranslated");
    expect(readingState("ur", [english], true)).toBe("untranslated");
  });

  it("says it is a translation when any part is translated, or the original when they asked for it", () => {
    expect(readingState("ur", [urdu, english], false)).toBe("translated");
    expect(readingState("ur", [urdu], true)).toBe("original");
  });
});

describe("keeping a translation", () => {
  it("keeps the non-empty texts of the content's own fields, each with the English it was made from", () => {
    const kept = keepTranslated([title, summary], { title: { text: "Buspasy" }, summary: { text: "  " }, other: { text: "Nie ma takiego pola" } });
    expect(kept).toEqual({ title: { text: "Buspasy", source: "Bus lanes" } });
  });
});
