import { describe, expect, it } from "vitest";
import { acceptedLanguages, chooseLocale, fromAcceptLanguage, localeSetCookie } from "./negotiate";

describe("acceptedLanguages", () => {
  it("orders by weight, keeping the browser's order for equal weights", () => {
    expect(acceptedLanguages("en;q=0.5, ur-PK, pl;q=0.9, ar")).toEqual(["ur-pk", "ar", "pl", "en"]);
  });

  it("drops refused (q=0), wildcard and malformed entries", () => {
    expect(acceptedLanguages("pl;q=0, *, ;q=1, en;q=abc, ar")).toEqual(["ar"]);
    expect(acceptedLanguages(null)).toEqual([]);
  });
});

describe("fromAcceptLanguage", () => {
  it("matches a regional or scripted tag to its language", () => {
    expect(fromAcceptLanguage("pa-Guru-IN,en;q=0.8")).toBe("pa");
    expect(fromAcceptLanguage("ur-PK")).toBe("ur");
  });

  it("skips languages the site does not have", () => {
    expect(fromAcceptLanguage("so,ar;q=0.7,en;q=0.5")).toBe("ar");
    expect(fromAcceptLanguage("so,ti")).toBeNull();
  });
});

describe("chooseLocale", () => {
  it("prefers the address, then the cookie, then the browser", () => {
    expect(chooseLocale({ param: "pl", cookie: "ur", acceptLanguage: "ar" })).toEqual({ locale: "pl", chosen: true });
    expect(chooseLocale({ param: null, cookie: "ur", acceptLanguage: "ar" })).toEqual({ locale: "ur", chosen: true });
    expect(chooseLocale({ acceptLanguage: "ar-SA" })).toEqual({ locale: "ar", chosen: false });
  });

  it("ignores an unknown language in the address or the cookie, ending in English", () => {
    expect(chooseLocale({ param: "xx", cookie: "../../etc", acceptLanguage: "de" })).toEqual({ locale: "en", chosen: false });
    expect(chooseLocale({ param: "constructor", cookie: "__proto__" })).toEqual({ locale: "en", chosen: false });
  });
});

describe("localeSetCookie", () => {
  it("remembers the language for a year, on the whole site, Secure only on https", () => {
    expect(localeSetCookie("ur", false)).toBe("lt_locale=ur; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(localeSetCookie("pl", true)).toBe("lt_locale=pl; Path=/; Max-Age=31536000; SameSite=Lax; Secure");
  });
});
