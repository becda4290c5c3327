import { describe, expect, it } from "vitest";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { EMPTY_ORGANISATION, planJourney, stepAfter, stepPath, type DraftState } from "@/lib/domain/surveys/journey";

const definition = ZSurveyDefinition.parse({
  sections: [
    { id: "first", title: "First", questions: [{ id: "likes", type: "yes_no", title: "Like it?", required: true }] },
    { id: "more", title: "More", showIf: { questionId: "likes", operator: "equals", values: ["yes"] }, questions: [{ id: "why", type: "short_text", title: "Why?", required: true }] },
    { id: "last", title: "Last", questions: [{ id: "notes", type: "long_text", title: "Notes" }] },
  ],
});
const survey = { definition, asksOrganisation: false };
const draft = (answers: DraftState["answers"], furthestSection: number): DraftState => ({ answers, furthestSection, organisation: EMPTY_ORGANISATION });

describe("planJourney", () => {
  it("starts at the first section, counting only the sections shown", () => {
    const journey = planJourney(survey, null);
    expect(journey.nextStep).toEqual({ kind: "section", sectionId: "first" });
    expect(journey.totalSteps).toBe(2);
    expect(journey.reachable("last")).toBeNull();
    expect(journey.reachable("first")?.position).toBe(1);
  });

  it("opens a section once every page before it is done, and counts the organisation page first", () => {
    const journey = planJourney({ definition, asksOrganisation: true }, draft({ likes: "yes" }, 1));
    expect(journey.nextStep).toEqual({ kind: "organisation" });
    expect(journey.reachable("more")).toBeNull();

    const answered = planJourney(survey, draft({ likes: "yes" }, 1));
    expect(answered.reachable("more")?.position).toBe(2);
    expect(answered.totalSteps).toBe(3);
    expect(answered.reachable("last")).toBeNull();
    expect(answered.previous({ kind: "section", sectionId: "more" })).toEqual({ kind: "section", sectionId: "first" });
  });

  it("treats a reached section with a missing required answer as still to do", () => {
    const journey = planJourney(survey, draft({ likes: "yes" }, 3));
    expect(journey.nextStep).toEqual({ kind: "section", sectionId: "more" });
  });

  it("goes on to the next section, or back to check answers after a change", () => {
    const journey = planJourney(survey, draft({ likes: "no" }, 1));
    expect(stepAfter(journey, "first", false)).toEqual({ kind: "section", sectionId: "last" });
    const done = planJourney(survey, draft({ likes: "no" }, 3));
    expect(stepAfter(done, "first", true)).toEqual({ kind: "check" });
    expect(stepAfter(done, "last", false)).toEqual({ kind: "check" });
    expect(done.previous({ kind: "check" })).toEqual({ kind: "section", sectionId: "last" });
    expect(done.previous({ kind: "section", sectionId: "first" })).toBeNull();
  });

  it("builds page paths", () => {
    expect(stepPath("my-survey", { kind: "section", sectionId: "more" })).toBe("/surveys/my-survey/sections/more");
    expect(stepPath("my-survey", { kind: "check" })).toBe("/surveys/my-survey/check-answers");
    expect(stepPath("my-survey", { kind: "organisation" })).toBe("/surveys/my-survey/organisation");
  });
});
