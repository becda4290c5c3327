import { describe, expect, it } from "vitest";
import { organisationType, summaryFrequency } from "@/lib/db/schema";
import { FREQUENCIES, ORGANISATION_TYPES } from "./options";

describe("partner form options", () => {
  it("offer exactly the values the database accepts", () => {
    expect([...ORGANISATION_TYPES]).toEqual(organisationType.enumValues);
    expect([...FREQUENCIES]).toEqual(summaryFrequency.enumValues);
  });
});
