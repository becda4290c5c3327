import { describe, expect, it } from "vitest";
import { checkResponse } from "@/lib/domain/surveys/check-response";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { ZOrganisationInput } from "@/lib/domain/surveys/organisation";
import { residentResponses } from "./demo-resident-responses";
import { skillsGapResponses } from "./demo-survey-responses";
import { RESIDENT_SURVEY, SKILLS_GAP_SURVEY } from "./demo-surveys";

const places = [
  { id: "6f1f6c1e-5d0a-4c52-9f1e-0c6a7f7a0001", slug: "foleshill" },
  { id: "6f1f6c1e-5d0a-4c52-9f1e-0c6a7f7a0002", slug: "earlsdon" },
  { id: "6f1f6c1e-5d0a-4c52-9f1e-0c6a7f7a0003", slug: "tile-hill" },
];
const window = { from: new Date("2030-05-01T00:00:00Z"), to: new Date("2030-06-01T00:00:00Z") };

describe("skillsGapResponses", () => {
  const definition = ZSurveyDefinition.parse(SKILLS_GAP_SURVEY.definition);

  it("gives valid answers that follow the branching, with nothing hidden left in", () => {
    for (const response of skillsGapResponses(2000, places, window)) {
      const checked = checkResponse(definition, response.answers);
      expect(checked.problems).toEqual([]);
      expect(checked.answers).toEqual(response.answers);
      expect(ZOrganisationInput.safeParse(response.organisation).success).toBe(true);
      expect(response.submittedAt >= window.from && response.submittedAt <= window.to).toBe(true);
    }
  });

  it("makes exactly 80% report significant skills gaps, at any size", () => {
    for (const count of [200, 1001, 100_000]) {
      const yes = skillsGapResponses(count, places, window).filter((response) => response.answers.skills_gaps === "yes").length;
      expect(yes, `${count} responses`).toBe(Math.round(count * 0.8));
    }
  });

  it("is the same every time for the same seed, and differs for another", () => {
    const first = skillsGapResponses(50, places, window);
    expect(skillsGapResponses(50, places, window)).toEqual(first);
    expect(skillsGapResponses(50, places, window, 7)).not.toEqual(first);
  });

  it("gives 200 distinct organisations and contact addresses", () => {
    const responses = skillsGapResponses(200, places, window);
    expect(new Set(responses.map((response) => response.organisation.organisationName)).size).toBe(200);
    expect(new Set(responses.map((response) => response.contact.email)).size).toBe(200);
  });
});

describe("residentResponses", () => {
  it("gives valid answers to the residents' survey", () => {
    const definition = ZSurveyDefinition.parse(RESIDENT_SURVEY.definition);
    for (const response of residentResponses(500, places, window)) expect(checkResponse(definition, response.answers).problems).toEqual([]);
  });
});
