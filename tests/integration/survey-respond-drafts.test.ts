import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { getSurveyStart } from "@/lib/server/surveys/respond/get-survey-start";
import { NOT_REACHABLE, saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import { createUser } from "@/tests/support/factories";
import { createSurvey } from "@/tests/support/survey-fixtures";
import { enFields, englishRefusal } from "@/tests/support/messages";

const db = () => getDb();
const DAY = 86_400_000;

async function draftsOf(surveyId: string) {
  return db().select().from(surveyResponses).where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, "draft")));
}

async function validationErrorOf(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("a signed-in respondent's draft", () => {
  it("is saved on each page, merged, and resumed where they left off", async () => {
    const survey = await createSurvey(db());
    const user = await createUser(db());
    const me = { user, resumeToken: null };

    const first = await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes", "q.why": "  Friendly  " } });
    expect(first).toEqual({ next: { kind: "section", sectionId: "more" }, newToken: null });

    const resumed = await getRespondentDraft(survey.slug, me);
    expect(resumed.draft?.answers).toEqual({ likes: "yes", why: "Friendly" });
    expect(resumed.draft?.furthestSection).toBe(1);
    expect(resumed.journey.nextStep).toEqual({ kind: "section", sectionId: "more" });
    expect((await getSurveyStart(survey.slug, me)).resumable).toBe(true);

    const second = await saveSurveySection(survey.slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": ["red", "other"], "q.colours.other": "Teal", "q.score": "4" } });
    expect(second.next).toEqual({ kind: "check" });
    const [draft] = await draftsOf(survey.id);
    expect(draft).toMatchObject({ respondentId: user.id, furthestSection: 2, answers: { likes: "yes", why: "Friendly", colours: ["red", "other"], "colours.other": "Teal", score: 4 } });
  });

  it("keeps one draft per person, replacing a page's answers when it is answered again", async () => {
    const survey = await createSurvey(db());
    const me = { user: await createUser(db()), resumeToken: null };
    await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes", "q.why": "Because" } });
    await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: true, form: { "q.likes": "no" } });

    const drafts = await draftsOf(survey.id);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.answers).toEqual({ likes: "no" });
    // "No" hides the second section, so the journey goes straight to checking the answers.
    expect((await getRespondentDraft(survey.slug, me)).journey.nextStep).toEqual({ kind: "check" });
  });

  it("refuses wrong types and missing answers with a message on each field, and loses nothing already saved", async () => {
    const survey = await createSurvey(db());
    const me = { user: await createUser(db()), resumeToken: null };
    await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes" } });

    const error = await validationErrorOf(saveSurveySection(survey.slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": ["purple"], "q.score": "eleven" } }));
    expect(enFields(error.fieldProblems)).toEqual({
      "q.colours": ["Select from the answers listed for “Which colours?”."],
      "q.score": ["Select a point from 1 to 5 for “Score”."],
    });
    const missing = await validationErrorOf(saveSurveySection(survey.slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": "other" } }));
    expect(enFields(missing.fieldProblems)["q.colours"]).toEqual(["Enter your other answer for “Which colours?”."]);

    const [draft] = await draftsOf(survey.id);
    expect(draft).toMatchObject({ answers: { likes: "yes" }, furthestSection: 1 });
  });

  it("ignores fields for questions the page does not show, including ids from another survey", async () => {
    const survey = await createSurvey(db());
    const me = { user: await createUser(db()), resumeToken: null };
    await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "no", "q.colours": "red", "q.skills_gaps": "yes", "q.__proto__": "x" } });
    const [draft] = await draftsOf(survey.id);
    expect(draft?.answers).toEqual({ likes: "no" });
  });

  it("refuses a page that is hidden by earlier answers or not reached yet (a tampered section id)", async () => {
    const survey = await createSurvey(db());
    const me = { user: await createUser(db()), resumeToken: null };
    const skipAhead = saveSurveySection(survey.slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": "red" } });
    await expect(skipAhead).rejects.toThrow(new ConflictError(NOT_REACHABLE));

    await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "no" } });
    const hidden = saveSurveySection(survey.slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": "red" } });
    await expect(hidden).rejects.toThrow(NOT_REACHABLE);
    await expect(saveSurveySection(survey.slug, me, { sectionId: "nope", returnToCheck: false, form: {} })).rejects.toThrow(NOT_REACHABLE);
    expect((await draftsOf(survey.id))[0]?.answers).toEqual({ likes: "no" });
  });
});

describe("who may answer", () => {
  it("refuses surveys that are closed or not open yet, and the start page explains", async () => {
    const closed = await createSurvey(db(), { closesAt: new Date(Date.now() - DAY) });
    const later = await createSurvey(db(), { opensAt: new Date(Date.now() + 3 * DAY) });
    const me = { user: await createUser(db()), resumeToken: null };
    const save = (slug: string) => saveSurveySection(slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes" } });

    expect((await englishRefusal(save(closed.slug))).message).toMatch(/This survey closed on/);
    expect((await englishRefusal(save(later.slug))).message).toMatch(/This survey opens on/);
    expect(await draftsOf(closed.id)).toHaveLength(0);
    expect(await getSurveyStart(closed.slug, me)).toMatchObject({ availability: "closed", mayAnswer: false });
    expect(await getSurveyStart(later.slug, me)).toMatchObject({ availability: "not_open_yet", mayAnswer: false });
  });

  it("asks people to sign in for signed-in surveys and keeps employer surveys to employers", async () => {
    const signedIn = await createSurvey(db(), { audience: "signed_in" });
    const employers = await createSurvey(db(), { audience: "employers" });
    const anonymous = { user: null, resumeToken: null };
    const resident = { user: await createUser(db(), { role: "resident" }), resumeToken: null };
    const employer = { user: await createUser(db(), { role: "employer" }), resumeToken: null };

    await expect(getRespondentDraft(signedIn.slug, anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(getRespondentDraft(employers.slug, resident)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getSurveyStart(employers.slug, resident)).toMatchObject({ audienceProblem: "employers_only", mayAnswer: false });
    expect(await getSurveyStart(employers.slug, anonymous)).toMatchObject({ audienceProblem: "sign_in", mayAnswer: false });
    const saved = await saveSurveySection(employers.slug, employer, { sectionId: "first", returnToCheck: false, form: { "q.likes": "no" } });
    expect(saved.next).toEqual({ kind: "check" });
  });
});
