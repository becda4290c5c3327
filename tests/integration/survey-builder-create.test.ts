import { describe, expect, it } from "vitest";
import { messageOfIssue } from "@/lib/errors";
import { getDb } from "@/lib/db/client";
import { createSurvey } from "@/lib/server/surveys/manage/create-survey";
import { getSurveyForEdit } from "@/lib/server/surveys/manage/get-survey-for-edit";
import { listConsoleSurveys } from "@/lib/server/surveys/manage/list-console-surveys";
import { updateSurveySettings } from "@/lib/server/surveys/manage/update-survey-settings";
import { ZSurveySettingsInput } from "@/lib/validations/survey-settings";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";
import { addResponse, settingsInput, surveyAudit, surveyRow, validationError, versionRows } from "@/tests/support/survey-builder-fixtures";
import { en, enFields } from "@/tests/support/messages";

const db = () => getDb();

describe("createSurvey", () => {
  it("creates a draft with no questions, version 1 in its history, and an audit entry", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const title = `Skills in Foleshill ${uniqueTag()}`;
    const { id, slug } = await createSurvey(officer, settingsInput({ title, audience: "employers", anonymity: "named", onePerPerson: "on", asksOrganisation: "on", opensOn: "2026-06-01", closesOn: "2026-06-30" }));
    expect(slug).toBe(title.toLowerCase().replace(/ /g, "-"));
    const row = await surveyRow(id);
    expect(row).toMatchObject({ status: "draft", version: 1, audience: "employers", anonymous: false, onePerPerson: true, asksOrganisation: true, definition: { sections: [] }, createdBy: officer.id });
    expect(row.opensAt?.toISOString()).toBe("2026-05-31T23:00:00.000Z");
    expect(row.closesAt?.toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(await versionRows(id)).toEqual([{ version: 1, note: "Created the survey", createdBy: officer.id, definition: { sections: [] } }]);
    expect(await surveyAudit(id)).toEqual([{ action: "survey.created", actorId: officer.id, details: { title } }]);

    const edit = await getSurveyForEdit(id);
    expect(edit.settings).toMatchObject({ opensOn: "2026-06-01", closesOn: "2026-06-30", anonymity: "named", onePerPerson: true });
  });

  it("gives a second survey with the same title its own web address, and refuses a taken one", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const title = `Same title ${uniqueTag()}`;
    const first = await createSurvey(officer, settingsInput({ title }));
    const second = await createSurvey(officer, settingsInput({ title }));
    expect(second.slug).toBe(`${first.slug}-2`);
    const error = await validationError(createSurvey(officer, settingsInput({ slug: first.slug })));
    expect(enFields(error.fieldProblems)).toEqual({ slug: ["Another survey already uses that web address: choose another."] });
  });

  it("refuses settings that contradict each other, field by field", () => {
    const result = ZSurveySettingsInput.safeParse({ title: "Ok title", summary: "A long enough summary", audience: "anyone", anonymity: "anonymous", onePerPerson: "on", opensOn: "2026-06-10", closesOn: "2026-06-01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), en(messageOfIssue(issue))])).toEqual([
      ["closesOn", "The closing date must be on or after the opening date."],
      ["onePerPerson", "One response per person needs people to sign in: choose “signed-in people” or “employers” as the audience."],
    ]);
  });
});

describe("updateSurveySettings", () => {
  it("saves the settings, links a topic, and keeps the questions and version", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await createTopic(db());
    const { id } = await createSurvey(officer, settingsInput());
    const newTitle = `Renamed ${uniqueTag()}`;
    await updateSurveySettings(officer, id, settingsInput({ title: newTitle, topicId: topic.id, thankYou: "Thank you for helping." }));
    expect(await surveyRow(id)).toMatchObject({ title: newTitle, topicId: topic.id, thankYou: "Thank you for helping.", version: 1, status: "draft" });
    expect((await surveyAudit(id)).map((entry) => entry.action)).toEqual(["survey.created", "survey.settings_updated"]);
    const error = await validationError(updateSurveySettings(officer, id, settingsInput({ topicId: "00000000-0000-4000-8000-000000000000" })));
    expect(enFields(error.fieldProblems)).toEqual({ topicId: ["Choose a topic from the list."] });
  });
});

describe("organisations' rules for employers' surveys", () => {
  it("saves 'verified organisations only' and 'one response per organisation' on an employers' survey, and shows them in the builder", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { id } = await createSurvey(officer, settingsInput({ audience: "employers" }));
    expect(await surveyRow(id)).toMatchObject({ requiresVerified: false, onePerOrganisation: false });
    await updateSurveySettings(officer, id, settingsInput({ audience: "employers", requiresVerified: "on", onePerOrganisation: "on" }));
    expect(await surveyRow(id)).toMatchObject({ requiresVerified: true, onePerOrganisation: true });
    expect((await getSurveyForEdit(id)).settings).toMatchObject({ requiresVerified: true, onePerOrganisation: true });
    await updateSurveySettings(officer, id, settingsInput({ audience: "employers" }));
    expect(await surveyRow(id)).toMatchObject({ requiresVerified: false, onePerOrganisation: false });
  });

  it("refuses either rule for any audience but employers, on its own field", () => {
    for (const audience of ["anyone", "signed_in"] as const) {
      const result = ZSurveySettingsInput.safeParse({ title: "Ok title", summary: "A long enough summary", audience, anonymity: "named", requiresVerified: "on", onePerOrganisation: "on" });
      expect(result.error?.issues.map((issue) => [issue.path.join("."), en(messageOfIssue(issue))])).toEqual([
        ["requiresVerified", "Only employers' surveys can be kept to verified organisations: choose “Employers only” as who may answer, or untick this."],
        ["onePerOrganisation", "Only employers' surveys can take one response per organisation: choose “Employers only” as who may answer, or untick this."],
      ]);
    }
  });
});

describe("updateSurveySettings once people have answered", () => {
  it("keeps the anonymity respondents were promised, and still saves other settings", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { id } = await createSurvey(officer, settingsInput({ anonymity: "anonymous" }));
    await addResponse(id, {}, "draft");
    const error = await validationError(updateSurveySettings(officer, id, settingsInput({ anonymity: "named" })));
    expect(enFields(error.fieldProblems).anonymity?.[0]).toMatch(/answered this survey on the promise that it is anonymous/);
    expect(await surveyRow(id)).toMatchObject({ anonymous: true });
    await updateSurveySettings(officer, id, settingsInput({ anonymity: "anonymous", thankYou: "Thanks again." }));
    expect(await surveyRow(id)).toMatchObject({ anonymous: true, thankYou: "Thanks again." });
  });
});

describe("listConsoleSurveys", () => {
  it("lists surveys with their submitted and draft response counts", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { id } = await createSurvey(officer, settingsInput());
    await addResponse(id, {}, "submitted");
    await addResponse(id, {}, "submitted");
    await addResponse(id, {}, "draft");
    const listed = (await listConsoleSurveys()).find((survey) => survey.id === id);
    expect(listed).toMatchObject({ status: "draft", audience: "anyone", submitted: 2, drafts: 1 });
  });
});
