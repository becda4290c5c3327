import { describe, expect, it } from "vitest";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { SKILLS_GAP_SURVEY } from "./demo-surveys";
import { answersBefore, stoppedAfter } from "./demo-drafts";

const definition = ZSurveyDefinition.parse(SKILLS_GAP_SURVEY.definition);

describe("demo drafts", () => {
  it("stop early more often than late, never after the last section", () => {
    expect(Array.from({ length: 10 }, (_, index) => stoppedAfter(index, 7))).toEqual([1, 1, 2, 1, 2, 3, 1, 2, 3, 4]);
    const stops = Array.from({ length: 200 }, (_, index) => stoppedAfter(index, 7));
    expect(Math.max(...stops)).toBe(6);
    expect(stops.filter((stop) => stop === 1).length).toBeGreaterThan(stops.filter((stop) => stop === 6).length);
  });

  it("keep only the answers to the sections before the stop, with their other-text", () => {
    const answers = { skills_gaps: "yes", hard_to_fill: "Welders", gap_skills: ["other"], "gap_skills.other": "CAD", hired_before: "no" };
    expect(answersBefore(definition, answers, 1)).toEqual({ skills_gaps: "yes", hard_to_fill: "Welders" });
    expect(answersBefore(definition, answers, 2)).toEqual({ skills_gaps: "yes", hard_to_fill: "Welders", gap_skills: ["other"], "gap_skills.other": "CAD" });
  });
});
