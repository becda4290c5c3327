import { describe, expect, it } from "vitest";
import { ZDashboardQuery } from "@/lib/validations/dashboard";
import { resolveFilters } from "./resolve-filters";

const themes = [{ id: "t1", slug: "health", name: "Health" }];
const places = [{ id: "n1", slug: "foleshill", name: "Foleshill" }];
const resolve = (query: Record<string, unknown>) => resolveFilters(ZDashboardQuery.parse(query), themes, places);

describe("resolveFilters", () => {
  it("finds the chosen theme and neighbourhood by slug", () => {
    expect(resolve({ theme: "health", neighbourhood: "foleshill" })).toEqual({ themeId: "t1", neighbourhoodId: "n1", chosen: [themes[0], places[0]], unknown: {} });
  });

  it("treats empty values as no filter", () => {
    expect(resolve({ theme: "", neighbourhood: "  " })).toEqual({ chosen: [], unknown: {} });
  });

  it("reports a value that is not on its list, and does not apply it", () => {
    expect(resolve({ theme: "nonsense", neighbourhood: "foleshill" })).toEqual({ neighbourhoodId: "n1", chosen: [places[0]], unknown: { theme: "nonsense" } });
  });

  it("ignores a value that is not text at all", () => {
    expect(resolve({ theme: ["a", "b"] })).toEqual({ chosen: [], unknown: {} });
  });
});
