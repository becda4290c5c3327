import { describe, expect, it } from "vitest";
import { normalisePostcode, postcodePrefixes } from "./postcode";

describe("postcodes", () => {
  it("writes a postcode the standard way", () => {
    expect(normalisePostcode(" cv65ab ")).toBe("CV6 5AB");
    expect(normalisePostcode("CV1 5FB")).toBe("CV1 5FB");
  });

  it("refuses what is not a postcode", () => {
    expect(normalisePostcode("Coventry")).toBeNull();
    expect(normalisePostcode("CV6")).toBeNull();
  });

  it("gives the full postcode, sector and district, longest first", () => {
    expect(postcodePrefixes("CV6 5AB")).toEqual(["CV6 5AB", "CV6 5", "CV6"]);
  });
});
