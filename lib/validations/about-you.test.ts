import { describe, expect, it } from "vitest";
import { NO_ANSWERS, type EqualitiesAnswers } from "@/lib/domain/equalities/questions";
import { ZAboutYouInput, ZDeleteAboutYouInput } from "./about-you";

describe("ZAboutYouInput", () => {
  it("keeps the answers chosen and turns every question left blank or not sent into null", () => {
    const parsed: EqualitiesAnswers = ZAboutYouInput.parse({ age_band: "25_34", ethnic_group: "asian_pakistani", religion: "", main_language: "urdu" });
    expect(parsed).toEqual({ ...NO_ANSWERS, age_band: "25_34", ethnic_group: "asian_pakistani", main_language: "urdu" });
  });

  it("takes an empty form: every question may be skipped", () => {
    expect(ZAboutYouInput.parse({})).toEqual(NO_ANSWERS);
  });

  it("accepts 'prefer not to say' for every question", () => {
    const all = Object.fromEntries(Object.keys(NO_ANSWERS).map((question) => [question, "prefer_not_to_say"]));
    expect(Object.values(ZAboutYouInput.parse(all))).toEqual(Array(9).fill("prefer_not_to_say"));
  });

  it.each([
    [{ sex: "other" }, "sex"],
    [{ ethnic_group: "White British" }, "ethnic_group"],
    // Another question's answer is not this question's.
    [{ religion: "urdu" }, "religion"],
    [{ unpaid_care: "hours" }, "unpaid_care"],
  ])("refuses %j, naming %s with its own message", (input, field) => {
    const result = ZAboutYouInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([[field, "validation.aboutYou.unknownAnswer"]]);
  });

  it("drops fields it does not know, so nothing else can be stored with the answers", () => {
    expect(ZAboutYouInput.parse({ sex: "female", userId: "someone-else" })).toEqual({ ...NO_ANSWERS, sex: "female" });
  });
});

describe("ZDeleteAboutYouInput", () => {
  it("needs the box ticked", () => {
    expect(ZDeleteAboutYouInput.safeParse({ confirm: "on" }).success).toBe(true);
    expect(ZDeleteAboutYouInput.safeParse({}).error?.issues[0]?.message).toBe("validation.aboutYou.confirmDelete");
  });
});
