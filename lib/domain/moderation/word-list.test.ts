import { describe, expect, it } from "vitest";
import { findListedPhrase } from "./word-list";

describe("findListedPhrase", () => {
  it("finds whole words and phrases, ignoring case and spacing", () => {
    expect(findListedPhrase("This is a SCAM, honestly", ["scam"])).toBe("scam");
    expect(findListedPhrase("buy  cheap\nwatches now", ["cheap watches"])).toBe("cheap watches");
  });

  it("does not match inside other words", () => {
    expect(findListedPhrase("Scampi and chips in Foleshill", ["scam"])).toBeNull();
    expect(findListedPhrase("A classic case", ["ass"])).toBeNull();
  });

  it("treats regular expression characters literally", () => {
    expect(findListedPhrase("price is $5 (maybe)", ["$5 (maybe)"])).toBe("$5 (maybe)");
    expect(findListedPhrase("anything at all", [".*"])).toBeNull();
  });

  it("returns null for an empty list", () => {
    expect(findListedPhrase("hello", [])).toBeNull();
  });
});
