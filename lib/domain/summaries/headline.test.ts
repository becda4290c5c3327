import { describe, expect, it } from "vitest";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { countsFrom } from "@/lib/domain/surveys/results/counts";
import { publicCount, surveyHeadline } from "./headline";

const definition = ZSurveyDefinition.parse({
  sections: [
    {
      id: "s1",
      title: "About you",
      questions: [
        { id: "name", type: "short_text", title: "Your name" },
        { id: "gaps", type: "yes_no", title: "Does your organisation have significant skills gaps?", required: true },
        { id: "size", type: "single_choice", title: "How big?", options: [{ id: "s", label: "Small" }, { id: "l", label: "Large" }] },
      ],
    },
  ],
});

const counts = (gapsYes: number, gapsNo: number) =>
  countsFrom([
    { questionKey: "gaps", choice: "*", count: gapsYes + gapsNo },
    { questionKey: "gaps", choice: "yes", count: gapsYes },
    { questionKey: "gaps", choice: "no", count: gapsNo },
  ]);

describe("surveyHeadline", () => {
  it("is the leading answer to the first single-answer question, as a whole percentage", () => {
    expect(surveyHeadline(definition, counts(160, 40))).toEqual({ question: "Does your organisation have significant skills gaps?", answer: "Yes", percent: 80, answered: 200 });
  });

  it("follows the leading answer when it is No", () => {
    expect(surveyHeadline(definition, counts(2, 7))?.answer).toBe("No");
  });

  it("is withheld while fewer than 5 answered, or when the leading answer is under 5", () => {
    expect(surveyHeadline(definition, counts(3, 1))).toBeNull();
    expect(surveyHeadline(definition, countsFrom([]))).toBeNull();
  });
});

describe("publicCount", () => {
  it("hides counts under 5", () => {
    expect([0, 4, 5, 200].map(publicCount)).toEqual([null, null, 5, 200]);
  });
});
