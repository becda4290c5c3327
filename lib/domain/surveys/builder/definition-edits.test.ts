import { describe, expect, it } from "vitest";
import { ZSurveyDefinition, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { SMALL_SURVEY } from "@/tests/support/survey-fixtures";
import { addQuestion, addSection, conditionCandidates, moveQuestion, newItem, retype } from "./definition-edits";
import { placeErrors } from "./editor-errors";

const base: SurveyDefinition = ZSurveyDefinition.parse(SMALL_SURVEY);
const ids = (definition: SurveyDefinition) => definition.sections.map((section) => [section.id, section.questions.map((question) => question.id)]);

describe("definition edits", () => {
  it("gives new sections, questions and options ids from their wording, unique where they must be", () => {
    const withSection = addSection("More")(base);
    expect(withSection.sections.at(-1)).toEqual({ id: "more_2", title: "More", intro: "", showIf: null, questions: [] });
    const withQuestion = addQuestion(0, "dropdown", "Why?")(base);
    expect(withQuestion.sections[0]?.questions.at(-1)).toEqual({ id: "why_2", type: "dropdown", title: "Why?", hint: "", required: false, showIf: null, options: [], allowOther: false });
    expect(newItem("Other", [{ id: "red", label: "Red" }])).toEqual({ id: "other_2", label: "Other" });
  });

  it("moves a question within its section, and across into the next or previous section at the edges", () => {
    expect(ids(moveQuestion(0, 0, 1)(base))).toEqual([
      ["first", ["why", "likes"]],
      ["more", ["colours", "score"]],
    ]);
    expect(ids(moveQuestion(0, 1, 1)(base))).toEqual([
      ["first", ["likes"]],
      ["more", ["why", "colours", "score"]],
    ]);
    expect(ids(moveQuestion(1, 0, -1)(base))).toEqual([
      ["first", ["likes", "why", "colours"]],
      ["more", ["score"]],
    ]);
    expect(moveQuestion(0, 0, -1)(base)).toBe(base);
  });

  it("keeps the id, wording, condition and options when a question changes type", () => {
    const colours = base.sections[1]?.questions[0];
    if (!colours) throw new Error("fixture changed");
    expect(retype(colours, "dropdown")).toMatchObject({ id: "colours", type: "dropdown", title: "Which colours?", required: true, allowOther: true, options: [{ id: "red" }, { id: "blue" }] });
    expect(retype(colours, "grid")).toMatchObject({ id: "colours", type: "grid", points: 5, rows: [] });
  });

  it("offers only fixed-answer questions of earlier sections for conditions", () => {
    expect(conditionCandidates(base, 0)).toEqual([]);
    expect(conditionCandidates(base, 1).map((question) => question.id)).toEqual(["likes"]);
  });
});

describe("placeErrors", () => {
  it("puts each problem on its section or question by id, and lists all of them with links", () => {
    const placed = placeErrors({ "sections.1.questions.0.options": ["Give at least two options."], "sections.1.showIf.values": ["Bad value."], form: ["“Why?” cannot be deleted."] }, base);
    expect(placed.questions.get("colours")).toEqual(["Give at least two options."]);
    expect(placed.sections.get("more")).toEqual(["Bad value."]);
    expect(placed.summary).toEqual([
      { message: "Give at least two options.", anchor: "question-colours" },
      { message: "Bad value.", anchor: "section-more" },
      { message: "“Why?” cannot be deleted.", anchor: "question-editor" },
    ]);
  });
});
