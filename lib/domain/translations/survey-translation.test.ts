import { describe, expect, it } from "vitest";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { checkResponse } from "@/lib/domain/surveys/check-response";
import { localiseSurvey, pageInEnglish, surveyFieldGroups, surveyFields } from "./survey-translation";
import { keepTranslated } from "./translation-fields";

const definition = ZSurveyDefinition.parse({
  sections: [
    {
      id: "about",
      title: "About you",
      intro: "A few questions first.",
      questions: [
        { id: "likes", type: "single_choice", title: "Do you use the buses?", hint: "Think of last month.", required: true, options: [{ id: "often", label: "Often" }, { id: "never", label: "Never" }] },
        { id: "rating", type: "scale", title: "How good are they?", points: 5, minLabel: "Poor", maxLabel: "Excellent" },
      ],
    },
    {
      id: "more",
      title: "More",
      questions: [{ id: "routes", type: "grid", title: "Rate each route", points: 5, rows: [{ id: "r1", label: "Route 1" }], required: true }],
    },
  ],
});
const survey = { title: "Buses", summary: "Tell us about buses.", thankYou: "", definition };

describe("a survey's translatable fields", () => {
  it("are its words, grouped by survey, section and question, keyed by the definition's ids", () => {
    const groups = surveyFieldGroups(survey);
    expect(groups.map((group) => [group.id, group.number, group.fields.map((field) => field.key)])).toEqual([
      ["survey", 1, ["title", "summary"]],
      ["section.about", 1, ["section.about.title", "section.about.intro"]],
      ["question.likes", 1, ["question.likes.title", "question.likes.hint", "question.likes.option.often", "question.likes.option.never"]],
      ["question.rating", 2, ["question.rating.title", "question.rating.minLabel", "question.rating.maxLabel"]],
      ["section.more", 2, ["section.more.title"]],
      ["question.routes", 3, ["question.routes.title", "question.routes.row.r1"]],
    ]);
  });
});

describe("a survey for a reader", () => {
  const fields = surveyFields(survey);
  const polish = keepTranslated(fields, {
    title: { text: "Autobusy" },
    "question.likes.title": { text: "Czy jeździsz autobusami?" },
    "question.likes.option.often": { text: "Często" },
    "question.likes.option.never": { text: "Nigdy" },
  });

  it("has its words translated where there are translations, and nothing else changed", () => {
    const { survey: shown, state, partial, inEnglish } = localiseSurvey(survey, polish, "pl");
    const question = shown.definition.sections[0]?.questions[0];
    expect(shown.title).toBe("Autobusy");
    expect(question).toMatchObject({ id: "likes", type: "single_choice", required: true, title: "Czy jeździsz autobusami?", hint: "Think of last month.", options: [{ id: "often", label: "Często" }, { id: "never", label: "Nigdy" }] });
    expect([state, partial]).toEqual(["translated", true]);
    expect(inEnglish).toContain("question.likes.hint");
    expect(inEnglish).not.toContain("question.likes.title");
    // The logic, the ids and the checks are the English survey's: answers are checked by key.
    const outcome = (checked: ReturnType<typeof checkResponse>) => ({ answers: checked.answers, sections: checked.sections.map((section) => section.index), problems: checked.problems.map(({ field, message }) => [field, message.key]) });
    const cases: Answers[] = [{ likes: "often", routes: { r1: 3 } }, { likes: "sometimes" }, {}];
    for (const answers of cases) {
      expect(outcome(checkResponse(shown.definition, answers))).toEqual(outcome(checkResponse(definition, answers)));
    }
    // A problem names the question as the reader sees it.
    expect(checkResponse(shown.definition, {}).problems[0]?.message.values).toEqual({ title: "Czy jeździsz autobusami?" });
  });

  it("shows a question added or reworded since it was translated in English", () => {
    const reworded = ZSurveyDefinition.parse({
      sections: definition.sections.map((section) => ({
        ...section,
        questions: section.questions.map((question) => (question.id === "likes" ? { ...question, title: "How often do you use the buses?" } : question)),
      })),
    });
    const { survey: shown, inEnglish } = localiseSurvey({ ...survey, definition: reworded }, polish, "pl");
    expect(shown.definition.sections[0]?.questions[0]?.title).toBe("How often do you use the buses?");
    expect(inEnglish).toContain("question.likes.title");
    // Its options did not change: they stay translated.
    expect(shown.definition.sections[0]?.questions[0]).toMatchObject({ options: [{ label: "Często" }, { label: "Nigdy" }] });
  });

  it("is all English, with the note for a survey not translated, for a reader of a language it has no translation into", () => {
    const result = localiseSurvey(survey, null, "ur");
    expect(result.survey).toEqual(survey);
    expect([result.state, result.partial]).toEqual(["untranslated", false]);
    expect(result.inEnglish).toHaveLength(fields.length);
  });

  it("is the English with nothing marked for an English reader", () => {
    expect(localiseSurvey(survey, polish, "en")).toEqual({ survey, state: "english", partial: false, inEnglish: [] });
  });
});

describe("one page of a survey", () => {
  it("is in English where its section's or its questions' words are", () => {
    const inEnglish = ["title", "section.about.intro", "question.likes.hint", "question.rating.title", "section.more.title"];
    expect(pageInEnglish(inEnglish, "about", ["likes"])).toEqual(["section.about.intro", "question.likes.hint"]);
    expect(pageInEnglish(inEnglish, "more", ["routes"])).toEqual(["section.more.title"]);
  });
});
