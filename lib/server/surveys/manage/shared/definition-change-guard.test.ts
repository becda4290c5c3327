import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZSurveyDefinition, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { SMALL_SURVEY } from "@/tests/support/survey-fixtures";
import { guardDefinitionChange, questionsAtRisk, type AnswerUsage } from "@/lib/server/surveys/manage/shared/definition-change-guard";
import { describeDefinitionChange } from "@/lib/server/surveys/manage/describe-definition-change";
import { en } from "@/tests/support/messages";

const base = ZSurveyDefinition.parse(SMALL_SURVEY);
const edit = (change: (draft: z.input<typeof ZSurveyDefinition>) => void): SurveyDefinition => {
  const draft = structuredClone(SMALL_SURVEY);
  change(draft);
  return ZSurveyDefinition.parse(draft);
};
const usage = (values: Record<string, string[]>, hasResponses = true): AnswerUsage => ({
  hasResponses,
  answered: new Set(Object.keys(values)),
  values: new Map(Object.entries(values).map(([id, list]) => [id, new Set(list)])),
});
const messages = (next: SurveyDefinition, used: AnswerUsage) => guardDefinitionChange(base, next, used).map((problem) => en(problem.message));
const first = (draft: z.input<typeof ZSurveyDefinition>) => draft.sections[0]!;
const second = (draft: z.input<typeof ZSurveyDefinition>) => draft.sections[1]!;

describe("guardDefinitionChange", () => {
  it("allows anything before anyone has responded", () => {
    const next = edit((draft) => {
      first(draft).questions = [{ id: "likes", type: "short_text", title: "Retyped" }];
      second(draft).showIf = null;
    });
    expect(guardDefinitionChange(base, next, usage({}, false))).toEqual([]);
  });

  it("refuses deleting an answered question, naming it, but allows deleting an unanswered one", () => {
    const next = edit((draft) => {
      first(draft).questions = [first(draft).questions[0]!];
      second(draft).questions = [second(draft).questions[0]!];
    });
    expect(messages(next, usage({ likes: ["yes"], colours: ["red"] }))).toEqual([]);
    expect(messages(next, usage({ score: ["3"] }))).toEqual(["“Score” cannot be deleted: people have already answered it. You can reword it or make it optional instead."]);
  });

  it("refuses a type change on an answered question, pointing at the question", () => {
    const next = edit((draft) => {
      first(draft).questions[1] = { id: "why", type: "long_text", title: "Why?" };
    });
    expect(guardDefinitionChange(base, next, usage({ why: [] })).map(({ message, path }) => ({ message: en(message), path }))).toEqual([
      { message: "The type of “Why?” cannot change from short text to long text: people have already answered it. Add a new question instead.", path: ["sections", 0, "questions", 1, "type"] },
    ]);
    expect(messages(next, usage({ likes: ["yes"] }))).toEqual([]);
  });

  it("refuses removing a chosen option or “Other”, and allows removing an unchosen one", () => {
    const withoutBlue = edit((draft) => {
      second(draft).questions[0] = { id: "colours", type: "multiple_choice", title: "Which colours?", options: [{ id: "red", label: "Red" }, { id: "green", label: "Green" }] };
    });
    expect(messages(withoutBlue, usage({ colours: ["red"] }))).toEqual([]);
    expect(messages(withoutBlue, usage({ colours: ["blue", "other"] }))).toEqual([
      "The option “Blue” of “Which colours?” cannot be deleted: people have chosen it. You can reword it instead.",
      "“Other, please specify” must stay on “Which colours?”: people have chosen it.",
    ]);
  });

  it("refuses changing the points of an answered scale", () => {
    const next = edit((draft) => {
      second(draft).questions[1] = { id: "score", type: "scale", title: "Score", points: 10 };
    });
    expect(messages(next, usage({ score: ["4"] }))).toEqual(["“Score” must keep its 5-point scale: people have already answered it."]);
  });

  it("refuses removing an answered grid row, but allows adding rows", () => {
    const grid = (rows: string[]) =>
      edit((draft) => {
        second(draft).questions.push({ id: "ratings", type: "grid", title: "Rate these", points: 5, rows: rows.map((id) => ({ id, label: id.toUpperCase() })) });
      });
    const before = grid(["a", "b"]);
    expect(guardDefinitionChange(before, grid(["a", "b", "c"]), usage({ ratings: ["a", "b"] }))).toEqual([]);
    expect(guardDefinitionChange(before, grid(["a"]), usage({ ratings: ["b"] })).map((problem) => en(problem.message))).toEqual(["The row “B” of “Rate these” cannot be deleted: people have answered it."]);
  });

  it("allows rewording and new optional questions, but not new required ones once responses exist", () => {
    const optional = edit((draft) => {
      first(draft).questions[0]!.title = "Do you like the plan?";
      first(draft).questions.push({ id: "age", type: "number", title: "Your age" });
    });
    expect(messages(optional, usage({ likes: ["yes"] }))).toEqual([]);
    const required = edit((draft) => {
      first(draft).questions.push({ id: "age", type: "number", title: "Your age", required: true });
    });
    expect(guardDefinitionChange(base, required, usage({})).map(({ message, path }) => ({ message: en(message), path }))).toEqual([
      { message: "The new question “Your age” must be optional: people have already started answering this survey.", path: ["sections", 0, "questions", 2, "required"] },
    ]);
  });
});

describe("questionsAtRisk", () => {
  it("lists only deleted, retyped or narrowed questions", () => {
    const next = edit((draft) => {
      first(draft).questions[0]!.title = "Reworded";
      first(draft).questions[1] = { id: "why", type: "long_text", title: "Why?" };
      second(draft).questions = [{ id: "colours", type: "multiple_choice", title: "Which colours?", options: [{ id: "red", label: "Red" }, { id: "blue", label: "Blue" }, { id: "green", label: "Green" }] }];
    });
    expect(questionsAtRisk(base, next).sort()).toEqual(["colours", "score", "why"]);
  });
});

describe("describeDefinitionChange", () => {
  it("counts what was added, reworded and removed", () => {
    const next = edit((draft) => {
      first(draft).questions[0]!.title = "Do you like the plan?";
      first(draft).questions.push({ id: "age", type: "number", title: "Your age" }, { id: "town", type: "short_text", title: "Town" });
      second(draft).questions.pop();
    });
    expect(describeDefinitionChange(base, next)).toBe("Added 2 questions, reworded 1, removed 1 question");
  });

  it("notices logic, settings, order and new sections", () => {
    const next = edit((draft) => {
      second(draft).showIf = { questionId: "likes", operator: "equals", values: ["no"] };
      first(draft).questions.reverse();
      first(draft).questions[1]!.required = false;
      draft.sections.push({ id: "last", title: "Last", questions: [{ id: "note", type: "long_text", title: "Anything else?" }] });
    });
    expect(describeDefinitionChange(base, next)).toBe("Added 1 section, added 1 question, changed the settings of 1 question, changed the logic of 1, reordered questions");
    expect(describeDefinitionChange(base, base)).toBe("No changes to the questions");
  });
});
