import { describe, expect, it } from "vitest";
import { safeReturnPath, siteRedirect, siteSignInLink } from "./site-link";

const SITE = "http://127.0.0.1:3000";

describe("safeReturnPath", () => {
  it("keeps same-site paths and sends anything else home", () => {
    expect(safeReturnPath("/topics/bus-routes?sort=newest#comments")).toBe("/topics/bus-routes?sort=newest#comments");
    for (const value of ["//evil.example", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "", undefined, null]) {
      expect(safeReturnPath(value), String(value)).toBe("/");
    }
  });
});

describe("siteRedirect", () => {
  it("puts paths and the request's own host on the site's origin", () => {
    expect(siteRedirect("/surveys/skills-gap", SITE, "http://localhost:3000")).toBe(`${SITE}/surveys/skills-gap`);
    expect(siteRedirect("http://localhost:3000/topics/a?x=1", SITE, "http://localhost:3000")).toBe(`${SITE}/topics/a?x=1`);
    expect(siteRedirect(`${SITE}/profile`, SITE, "http://localhost:3000")).toBe(`${SITE}/profile`);
  });

  it("sends other sites and nonsense home", () => {
    expect(siteRedirect("https://evil.example/steal", SITE, "http://localhost:3000")).toBe(`${SITE}/`);
    expect(siteRedirect("//evil.example/steal", SITE, "http://localhost:3000")).toBe(`${SITE}/`);
    expect(siteRedirect("not a url", SITE, "http://localhost:3000")).toBe(`${SITE}/`);
  });
});

describe("siteSignInLink", () => {
  it("moves Auth.js's link onto the site's origin and keeps the page the person came from", () => {
    const authJs = `http://localhost:3000/api/auth/callback/email?${new URLSearchParams({ callbackUrl: "http://localhost:3000/topics/bus-routes", token: "abc", email: "a@example.org" })}`;
    const link = new URL(siteSignInLink(authJs, SITE));
    expect(link.origin).toBe(SITE);
    expect(link.pathname).toBe("/api/auth/callback/email");
    expect(Object.fromEntries(link.searchParams)).toEqual({ callbackUrl: "/topics/bus-routes", token: "abc", email: "a@example.org" });
  });

  it("returns home from a link whose callback names another site", () => {
    const authJs = `http://localhost:3000/api/auth/callback/email?${new URLSearchParams({ callbackUrl: "https://evil.example/", token: "abc", email: "a@example.org" })}`;
    expect(new URL(siteSignInLink(authJs, SITE)).searchParams.get("callbackUrl")).toBe("/");
  });
});
