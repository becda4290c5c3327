import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/messages/en.json";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { SMALL_SURVEY } from "@/tests/support/survey-fixtures";
import { conditionWords } from "./condition-words";

const t = createTranslator({ locale: "en", messages, namespace: "surveyBuilder.editor.condition" });
const definition = ZSurveyDefinition.parse(SMALL_SURVEY);

describe("conditionWords", () => {
  it("explains each operator in plain words, with the labels of the answers", () => {
    expect(conditionWords(t, definition, null)).toBe("Always shown.");
    expect(conditionWords(t, definition, { questionId: "likes", operator: "equals", values: ["yes"] })).toBe("Shown only when the answer to “Do you like it?” is “Yes”.");
    expect(conditionWords(t, definition, { questionId: "likes", operator: "one_of", values: ["yes", "no"] })).toBe("Shown only when the answer to “Do you like it?” is “Yes” or “No”.");
    expect(conditionWords(t, definition, { questionId: "likes", operator: "not_one_of", values: ["no"] })).toBe("Shown only when the answer to “Do you like it?” is not “No” (or the question was not answered).");
  });

  it("speaks of multiple choice answers as including a value, and asks for missing parts", () => {
    expect(conditionWords(t, definition, { questionId: "colours", operator: "one_of", values: ["red", "other"] })).toBe("Shown only when the answers to “Which colours?” include “Red” or “Other”.");
    expect(conditionWords(t, definition, { questionId: "likes", operator: "equals", values: [] })).toBe("Choose the question and at least one answer.");
  });
});
