import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./slugify";

describe("slugify", () => {
  it.each([
    ["Learning and training (adults)", "learning-and-training-adults"],
    ["Wood End", "wood-end"],
    ["Coventry's communities", "coventrys-communities"],
    ["Coventry’s communities", "coventrys-communities"],
    ["Café Zürich à Łódź", "cafe-zurich-a-odz"],
    ["  --Hello,   World!--  ", "hello-world"],
    ["Mi-Friendly Cities: refugees & migrants", "mi-friendly-cities-refugees-migrants"],
    ["2024/25 budget", "2024-25-budget"],
    ["ALL CAPS", "all-caps"],
    ["", ""],
    ["!!!", ""],
  ])("%j becomes %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("keeps slugs to 80 characters", () => {
    expect(slugify("a".repeat(200))).toBe("a".repeat(80));
  });

  it("never ends a shortened slug with a hyphen", () => {
    const slug = slugify(`${"a".repeat(79)} and more words`);
    expect(slug).toBe("a".repeat(79));
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("firstFreeSlug", () => {
  it("keeps a free slug and numbers a taken one from 2", () => {
    expect(firstFreeSlug("cwn", new Set(["cwn-community"]))).toBe("cwn");
    expect(firstFreeSlug("cwn", new Set(["cwn", "cwn-2", "cwn-4"]))).toBe("cwn-3");
  });
});
