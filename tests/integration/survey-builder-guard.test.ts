import { beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { saveSurveyDefinition } from "@/lib/server/surveys/manage/save-survey-definition";
import type { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { createUser } from "@/tests/support/factories";
import { addResponse, saveInput, surveyRow, validationError, versionRows } from "@/tests/support/survey-builder-fixtures";
import { createSurvey, SMALL_SURVEY } from "@/tests/support/survey-fixtures";
import { enFields } from "@/tests/support/messages";

const db = () => getDb();
type Draft = z.input<typeof ZSurveyDefinition>;
let officer: CurrentUser;
let surveyId: string;

const edited = (change: (draft: Draft) => void): Draft => {
  const draft = structuredClone(SMALL_SURVEY);
  change(draft);
  return draft;
};
const refusal = async (draft: Draft, baseVersion = 1) => enFields((await validationError(saveSurveyDefinition(officer, saveInput(surveyId, baseVersion, draft)))).fieldProblems);

beforeEach(async () => {
  officer = await createUser(db(), { role: "officer" });
  surveyId = (await createSurvey(db())).id;
  // One submitted response and one draft: the draft's answers count as much as the submitted ones.
  await addResponse(surveyId, { likes: "yes", colours: ["red", "other"], "colours.other": "Teal" });
  await addResponse(surveyId, { likes: "no", why: "Too far", score: 4 }, "draft");
});

describe("the change guard, once responses exist", () => {
  it("refuses deleting a question that has answers, naming it", async () => {
    const fieldErrors = await refusal(edited((draft) => draft.sections[0]!.questions.splice(1, 1)));
    expect(fieldErrors).toEqual({ form: ["“Why?” cannot be deleted: people have already answered it. You can reword it or make it optional instead."] });
    expect((await surveyRow(surveyId)).version).toBe(1);
  });

  it("refuses changing an answered question's type", async () => {
    const fieldErrors = await refusal(edited((draft) => (draft.sections[0]!.questions[1] = { id: "why", type: "long_text", title: "Why?" })));
    expect(fieldErrors).toEqual({ "sections.0.questions.1.type": ["The type of “Why?” cannot change from short text to long text: people have already answered it. Add a new question instead."] });
  });

  it("refuses deleting a chosen option or “Other”, and changing the points of an answered scale", async () => {
    const fieldErrors = await refusal(
      edited((draft) => {
        draft.sections[1]!.questions[0] = { id: "colours", type: "multiple_choice", title: "Which colours?", options: [{ id: "blue", label: "Blue" }, { id: "green", label: "Green" }] };
        draft.sections[1]!.questions[1] = { id: "score", type: "scale", title: "Score", points: 10 };
      }),
    );
    expect(fieldErrors).toEqual({
      "sections.1.questions.0.options": ["The option “Red” of “Which colours?” cannot be deleted: people have chosen it. You can reword it instead."],
      "sections.1.questions.0.allowOther": ["“Other, please specify” must stay on “Which colours?”: people have chosen it."],
      "sections.1.questions.1.points": ["“Score” must keep its 5-point scale: people have already answered it."],
    });
  });

  it("allows rewording, an unchosen option's removal and new optional questions, as a new version", async () => {
    const saved = await saveSurveyDefinition(
      officer,
      saveInput(
        surveyId,
        1,
        edited((draft) => {
          draft.sections[0]!.questions[0]!.title = "Do you like the plan?";
          draft.sections[1]!.questions[0] = { id: "colours", type: "multiple_choice", title: "Which colours?", allowOther: true, options: [{ id: "red", label: "Crimson" }, { id: "green", label: "Green" }] };
          draft.sections[1]!.questions.push({ id: "anything_else", type: "long_text", title: "Anything else?" });
        }),
      ),
    );
    expect(saved).toEqual({ version: 2, note: "Added 1 question, reworded 2, changed the settings of 1 question", changed: true });
    expect((await versionRows(surveyId)).map((row) => row.version)).toEqual([1, 2]);
    expect(await refusal(edited((draft) => draft.sections[0]!.questions.push({ id: "age", type: "number", title: "Age", required: true })), 2)).toEqual({
      "sections.0.questions.2.required": ["The new question “Age” must be optional: people have already started answering this survey."],
    });
  });

  it("reads grid rows from stored answers: an answered row stays, an unanswered one may go", async () => {
    const withGrid = (rows: string[]): Draft =>
      edited((draft) => draft.sections[1]!.questions.push({ id: "ratings", type: "grid", title: "Rate these", points: 5, rows: rows.map((id) => ({ id, label: id.toUpperCase() })) }));
    const grid = (await createSurvey(db(), { definition: withGrid(["a", "b", "c"]) })).id;
    await addResponse(grid, { likes: "yes", ratings: { a: 4 } }, "draft");
    const refused = await validationError(saveSurveyDefinition(officer, saveInput(grid, 1, withGrid(["b", "c"]))));
    expect(enFields(refused.fieldProblems)).toEqual({ "sections.1.questions.2.rows": ["The row “A” of “Rate these” cannot be deleted: people have answered it."] });
    expect(await saveSurveyDefinition(officer, saveInput(grid, 1, withGrid(["a", "c"])))).toMatchObject({ version: 2, changed: true });
  });
});
