import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { createSurvey } from "@/lib/server/surveys/manage/create-survey";
import { getSurveyVersion } from "@/lib/server/surveys/manage/get-survey-version";
import { listSurveyVersions } from "@/lib/server/surveys/manage/list-survey-versions";
import { saveSurveyDefinition } from "@/lib/server/surveys/manage/save-survey-definition";
import { createUser } from "@/tests/support/factories";
import { saveInput, settingsInput, surveyAudit, surveyRow, validationError, versionRows } from "@/tests/support/survey-builder-fixtures";
import { SMALL_SURVEY } from "@/tests/support/survey-fixtures";
import { enError, enFields, englishRefusal } from "@/tests/support/messages";

const db = () => getDb();

async function draftSurvey() {
  const officer = await createUser(db(), { role: "officer", name: "Olu Officer" });
  const { id } = await createSurvey(officer, settingsInput());
  return { officer, id };
}

describe("saveSurveyDefinition", () => {
  it("saves the questions as version 2 with a note, in the survey and its history, audited", async () => {
    const { officer, id } = await draftSurvey();
    expect(await saveSurveyDefinition(officer, saveInput(id, 1, SMALL_SURVEY))).toEqual({ version: 2, note: "Added 2 sections, added 4 questions", changed: true });
    const row = await surveyRow(id);
    expect(row.version).toBe(2);
    expect(row.definition.sections.map((section) => section.id)).toEqual(["first", "more"]);
    const versions = await versionRows(id);
    expect(versions.map(({ version, note, createdBy }) => ({ version, note, createdBy }))).toEqual([
      { version: 1, note: "Created the survey", createdBy: officer.id },
      { version: 2, note: "Added 2 sections, added 4 questions", createdBy: officer.id },
    ]);
    expect(versions[1]?.definition).toEqual(row.definition);
    expect((await surveyAudit(id)).at(-1)).toEqual({ action: "survey.definition_saved", actorId: officer.id, details: { version: 2, note: "Added 2 sections, added 4 questions" } });

    const listed = await listSurveyVersions(id);
    expect(listed.map((item) => [item.version, item.createdBy])).toEqual([
      [2, "Olu Officer"],
      [1, "Olu Officer"],
    ]);
    expect((await getSurveyVersion(id, 2)).definition.sections[1]?.questions.map((question) => question.id)).toEqual(["colours", "score"]);
  });

  it("refuses logic errors with a specific message at the item that has them", async () => {
    const { officer, id } = await draftSurvey();
    const forward = structuredClone(SMALL_SURVEY);
    forward.sections[0]!.questions[1]!.showIf = { questionId: "colours", operator: "equals", values: ["red"] };
    forward.sections[1]!.showIf = { questionId: "likes", operator: "equals", values: ["maybe"] };
    const error = await validationError(saveSurveyDefinition(officer, saveInput(id, 1, forward)));
    expect(enError(error)).toBe("The questions have problems to fix before they can be saved.");
    expect(enFields(error.fieldProblems)).toEqual({
      "sections.0.questions.1.showIf.questionId": ["Question “Why?” can only depend on questions in earlier sections: “colours” is in the same section or a later one."],
      "sections.1.showIf.values": ["Section “More” names an answer “Do you like it?” does not offer (maybe)."],
    });
    expect((await surveyRow(id)).version).toBe(1);
  });

  it("refuses an incomplete question, a duplicate id and unreadable input", async () => {
    const { officer, id } = await draftSurvey();
    const broken = structuredClone(SMALL_SURVEY);
    broken.sections[1]!.questions[0] = { id: "colours", type: "single_choice", title: "Which colour?", options: [{ id: "red", label: "Red" }] };
    broken.sections[1]!.questions[1] = { id: "again", type: "yes_no", title: "" };
    const error = await validationError(saveSurveyDefinition(officer, saveInput(id, 1, broken)));
    expect(enFields(error.fieldProblems)).toEqual({
      "sections.1.questions.0.options": ["Give at least two options."],
      "sections.1.questions.1.title": ["Enter the question."],
    });
    const duplicate = structuredClone(SMALL_SURVEY);
    duplicate.sections[1]!.questions[1] = { id: "likes", type: "yes_no", title: "Again?" };
    expect(enFields((await validationError(saveSurveyDefinition(officer, saveInput(id, 1, duplicate)))).fieldProblems)).toEqual({ "sections.1.questions.1.id": ["Two questions share the id “likes”."] });
    const unreadable = await validationError(saveSurveyDefinition(officer, { surveyId: id, baseVersion: 1, definitionJson: "{not json" }));
    expect(enError(unreadable)).toBe("The questions could not be read. Reload the page and try again.");
  });

  it("refuses a save based on an old version, and records nothing when nothing changed", async () => {
    const { officer, id } = await draftSurvey();
    await saveSurveyDefinition(officer, saveInput(id, 1, SMALL_SURVEY));
    const stale = saveSurveyDefinition(officer, saveInput(id, 1, { sections: [{ id: "other", title: "Other", questions: [{ id: "x", type: "email", title: "Email" }] }] }));
    await expect(stale).rejects.toThrow(ConflictError);
    expect((await englishRefusal(stale)).message).toContain("this is now version 2");
    expect(await saveSurveyDefinition(officer, saveInput(id, 2, SMALL_SURVEY))).toEqual({ version: 2, note: "", changed: false });
    expect(await versionRows(id)).toHaveLength(2);
  });
});
