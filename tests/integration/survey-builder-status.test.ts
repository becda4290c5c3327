import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { changeSurveyStatus } from "@/lib/server/surveys/manage/change-survey-status";
import { createSurvey } from "@/lib/server/surveys/manage/create-survey";
import { saveSurveyDefinition } from "@/lib/server/surveys/manage/save-survey-definition";
import { createUser } from "@/tests/support/factories";
import { saveInput, settingsInput, surveyAudit, surveyRow, validationError } from "@/tests/support/survey-builder-fixtures";
import { SMALL_SURVEY } from "@/tests/support/survey-fixtures";
import { enError } from "@/tests/support/messages";

const db = () => getDb();

describe("changeSurveyStatus", () => {
  it("refuses to open a survey without questions, then opens, closes and reopens it, each audited", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { id } = await createSurvey(officer, settingsInput());
    const empty = await validationError(changeSurveyStatus(officer, id, "open"));
    expect(enError(empty)).toBe("The survey cannot open until its questions are complete. Add at least one section.");
    expect((await surveyRow(id)).status).toBe("draft");

    await saveSurveyDefinition(officer, saveInput(id, 1, SMALL_SURVEY));
    expect(await changeSurveyStatus(officer, id, "open")).toBe("open");
    await expect(changeSurveyStatus(officer, id, "open")).rejects.toThrow(ConflictError);
    expect(await changeSurveyStatus(officer, id, "close")).toBe("closed");
    expect(await changeSurveyStatus(officer, id, "reopen")).toBe("open");
    expect((await surveyAudit(id)).filter((entry) => entry.action.match(/open|close/)).map((entry) => [entry.action, entry.details])).toEqual([
      ["survey.open", { from: "draft", to: "open" }],
      ["survey.close", { from: "open", to: "closed" }],
      ["survey.reopen", { from: "closed", to: "open" }],
    ]);
  });

  it("refuses to open a survey whose stored questions are broken, or whose closing date has passed", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { id } = await createSurvey(officer, settingsInput({ closesOn: "2020-01-31" }));
    await saveSurveyDefinition(officer, saveInput(id, 1, SMALL_SURVEY));
    const late = await validationError(changeSurveyStatus(officer, id, "open"));
    expect(enError(late)).toBe("The survey cannot open: its closing date has passed. Change the closing date in the settings first.");

    const { id: broken } = await createSurvey(officer, settingsInput());
    const definition = structuredClone(SMALL_SURVEY);
    definition.sections[1]!.questions = [];
    // Written behind the builder's back: opening still checks what is stored.
    const { surveys } = await import("@/lib/db/schema");
    const { eq } = await import("drizzle-orm");
    await db().update(surveys).set({ definition: definition as never }).where(eq(surveys.id, broken));
    const error = await validationError(changeSurveyStatus(officer, broken, "open"));
    expect(enError(error)).toBe("The survey cannot open until its questions are complete. Add at least one question to each section.");
  });
});
