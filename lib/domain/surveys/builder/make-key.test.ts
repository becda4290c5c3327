import { describe, expect, it } from "vitest";
import { ZKey } from "@/lib/domain/surveys/definition";
import { makeKey } from "./make-key";

describe("makeKey", () => {
  it("turns a label into a lower-case id with underscores", () => {
    expect(makeKey("Which skills are hard to find?", [], "question")).toBe("which_skills_are_hard_to_find");
    expect(makeKey("Café owners’ views", [], "question")).toBe("cafe_owners_views");
  });

  it("starts with a letter and keeps to 40 characters", () => {
    expect(makeKey("2024 hiring plans", [], "question")).toBe("question_2024_hiring_plans");
    expect(makeKey("50 or more", [], "option")).toBe("option_50_or_more");
    const long = makeKey("How many people in your organisation have had training in the last year", [], "question");
    expect(long.length).toBeLessThanOrEqual(40);
    expect(ZKey.safeParse(long).success).toBe(true);
    expect(long.endsWith("_")).toBe(false);
  });

  it("falls back when the label has no letters", () => {
    expect(makeKey("??? !!!", [], "option")).toBe("option");
    expect(makeKey("", ["option"], "option")).toBe("option_2");
  });

  it("never returns an id that is taken, even at the length limit", () => {
    expect(makeKey("Yes", ["yes", "yes_2"], "option")).toBe("yes_3");
    const label = "a".repeat(60);
    const first = makeKey(label, [], "q");
    const second = makeKey(label, [first], "q");
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(40);
    expect(ZKey.safeParse(second).success).toBe(true);
  });
});
