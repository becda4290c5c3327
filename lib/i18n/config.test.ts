import { describe, expect, it } from "vitest";
import { loadMessages, withEnglishFallback } from "./config";

describe("withEnglishFallback", () => {
  const english = { a: "One", nested: { b: "Two", c: "Three" }, list: ["First", "Second"] };

  it("keeps the translation where it has one, English where it does not, and lists what is missing", () => {
    const { messages, missing } = withEnglishFallback(english, { a: "Jeden", nested: { b: "Dwa", c: " " }, list: ["Pierwszy"] });
    expect(messages).toEqual({ a: "Jeden", nested: { b: "Dwa", c: "Three" }, list: ["Pierwszy"] });
    expect(missing).toEqual(["nested.c"]);
  });

  it("ignores keys English does not have and values of the wrong shape", () => {
    const { messages, missing } = withEnglishFallback(english, { a: { wrong: "x" }, nested: "flat", list: "one string", extra: "Nadmiar" } as never);
    expect(messages).toEqual(english);
    expect(missing).toEqual(["a", "nested.b", "nested.c", "list"]);
  });
});

describe("loadMessages", () => {
  it("gives every language every English key (translated or not)", () => {
    const english = loadMessages("en");
    const urdu = loadMessages("ur");
    expect(Object.keys(urdu).sort()).toEqual(Object.keys(english).sort());
    expect(urdu.layout.skipLink).not.toBe(english.layout.skipLink);
  });
});

describe("classifications", () => {
  it("names SIC sections and size bands on pages exactly as the English of the exports does", async () => {
    const { SIC_SECTIONS, SIZE_BANDS } = await import("@/lib/domain/surveys/organisation");
    expect(loadMessages("en").classifications).toEqual({ sic: SIC_SECTIONS, sizeBands: SIZE_BANDS });
  });
});
