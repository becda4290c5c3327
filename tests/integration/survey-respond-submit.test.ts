import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, neighbourhoods, organisations, surveyResponses, users } from "@/lib/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { getSurveyConfirmation } from "@/lib/server/surveys/respond/get-survey-confirmation";
import { getSurveyStart } from "@/lib/server/surveys/respond/get-survey-start";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { saveSurveyOrganisation } from "@/lib/server/surveys/respond/save-survey-organisation";
import { saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import { NOTHING_TO_SUBMIT, submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { createMember, createSelfRegisteredOrganisation } from "@/tests/support/organisation-fixtures";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { createSurvey, SKILLS_GAP_SURVEY } from "@/tests/support/survey-fixtures";
import { enFields } from "@/tests/support/messages";
import { tallies } from "@/tests/support/survey-queries";

const db = () => getDb();

async function answeredDraft(slug: string, me: Respondent): Promise<string> {
  await saveSurveySection(slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes" } });
  await saveSurveySection(slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": ["red", "blue"], "q.score": "5" } });
  const { draft } = await getRespondentDraft(slug, me);
  if (!draft) throw new Error("No draft");
  return draft.id;
}

async function createNeighbourhood(): Promise<string> {
  const tag = uniqueTag("hood-");
  const [row] = await db().insert(neighbourhoods).values({ slug: tag, name: `Hood ${tag}` }).returning({ id: neighbourhoods.id });
  if (!row) throw new Error("No neighbourhood");
  return row.id;
}

const responsesOf = (surveyId: string) => db().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));

describe("submitting a draft", () => {
  it("turns the draft into the submitted response, moves the tallies and emails a receipt", async () => {
    const survey = await createSurvey(db(), { thankYou: "Thanks a lot." });
    const user = await createUser(db());
    const me = { user, resumeToken: null };
    const draftId = await answeredDraft(survey.slug, me);

    const { reference } = await submitSurveyDraft(survey.slug, me, draftId);

    const rows = await responsesOf(survey.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: draftId, status: "submitted", reference, respondentId: null, answers: { likes: "yes", colours: ["red", "blue"], score: 5 } });
    const counted = await tallies(survey.id);
    expect(Object.fromEntries(Object.entries(counted).filter(([key]) => key.startsWith("colours|")))).toEqual({ "colours|*": 1, "colours|red": 1, "colours|blue": 1 });
    const [receipt] = await db().select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, user.email), eq(emailOutbox.category, "survey-receipt")));
    expect(receipt?.textBody).toContain(reference);
    expect(await getSurveyConfirmation(survey.slug, reference.toLowerCase())).toMatchObject({ reference, thankYou: "Thanks a lot.", title: survey.title, receiptTo: null });
    // Anyone may open the page; only the person the receipt went to is told it was sent.
    expect((await getSurveyConfirmation(survey.slug, reference, user.email)).receiptTo).toBe(user.email);
    expect((await getSurveyConfirmation(survey.slug, reference, "someone-else@example.net")).receiptTo).toBeNull();
  });

  it("returns the same reference for a double click or a replay, and never makes a second response", async () => {
    const survey = await createSurvey(db());
    const me = { user: await createUser(db()), resumeToken: null };
    const draftId = await answeredDraft(survey.slug, me);

    const [first, second] = await Promise.all([submitSurveyDraft(survey.slug, me, draftId), submitSurveyDraft(survey.slug, me, draftId)]);
    const replay = await submitSurveyDraft(survey.slug, me, draftId);

    expect(second.reference).toBe(first.reference);
    expect(replay.reference).toBe(first.reference);
    expect(await responsesOf(survey.id)).toHaveLength(1);
    expect((await tallies(survey.id))["*|*"]).toBe(1);
  });

  it("refuses someone else's draft, or an id that is not a draft of this survey", async () => {
    const survey = await createSurvey(db());
    const other = await createSurvey(db());
    const owner = { user: await createUser(db()), resumeToken: null };
    const draftId = await answeredDraft(survey.slug, owner);

    await expect(submitSurveyDraft(survey.slug, { user: await createUser(db()), resumeToken: null }, draftId)).rejects.toThrow(new NotFoundError(NOTHING_TO_SUBMIT));
    await expect(submitSurveyDraft(survey.slug, { user: null, resumeToken: "forged" }, draftId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitSurveyDraft(other.slug, owner, draftId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await responsesOf(survey.id))[0]?.status).toBe("draft");
  });

  it("refuses a draft whose answers are incomplete, keeping it as it was", async () => {
    const survey = await createSurvey(db());
    const me = { user: await createUser(db()), resumeToken: null };
    await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes" } });
    const draft = (await getRespondentDraft(survey.slug, me)).draft;
    if (!draft) throw new Error("No draft");

    const error = await submitSurveyDraft(survey.slug, me, draft.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(enFields((error as ValidationError).fieldProblems)["q.colours"]).toEqual(["Select at least one answer for “Which colours?”."]);
    expect((await responsesOf(survey.id))[0]).toMatchObject({ status: "draft", answers: { likes: "yes" } });
  });

  it("allows one response per person where the survey says so, and the start page says they have answered", async () => {
    const survey = await createSurvey(db(), { onePerPerson: true });
    const me = { user: await createUser(db()), resumeToken: null };
    await submitSurveyDraft(survey.slug, me, await answeredDraft(survey.slug, me));

    await expect(saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes" } })).rejects.toBeInstanceOf(ConflictError);
    await expect(getRespondentDraft(survey.slug, me)).rejects.toBeInstanceOf(ConflictError);
    expect(await getSurveyStart(survey.slug, me)).toMatchObject({ answered: true, mayAnswer: false });
  });
});

describe("the organisation page of employer surveys", () => {
  it("must be answered first, is checked, and fills in from the employer's earlier answers", async () => {
    const survey = await createSurvey(db(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true, anonymous: false, audience: "employers" });
    const employer = { user: await createUser(db(), { role: "employer" }), resumeToken: null };
    const neighbourhoodId = await createNeighbourhood();

    await expect(saveSurveySection(survey.slug, employer, { sectionId: "skills", returnToCheck: false, form: { "q.skills_gaps": "yes" } })).rejects.toBeInstanceOf(ConflictError);
    const wrong = await saveSurveyOrganisation(survey.slug, employer, { returnToCheck: false, form: { "org.organisationName": " ", "org.sector": "Z", "org.sizeBand": "huge", "org.neighbourhoodId": neighbourhoodId } }).catch((caught: unknown) => caught);
    expect(Object.keys(enFields((wrong as ValidationError).fieldProblems)).sort()).toEqual(["org.organisationName", "org.sector", "org.sizeBand"]);
    const unknownPlace = await saveSurveyOrganisation(survey.slug, employer, { returnToCheck: false, form: { "org.organisationName": "Acme", "org.sector": "C", "org.sizeBand": "small", "org.neighbourhoodId": "00000000-0000-4000-8000-000000000000" } }).catch((caught: unknown) => caught);
    expect(enFields((unknownPlace as ValidationError).fieldProblems)).toEqual({ "org.neighbourhoodId": ["Select where in Coventry your organisation is based."] });

    const saved = await saveSurveyOrganisation(survey.slug, employer, { returnToCheck: false, form: { "org.organisationName": "Acme Ltd", "org.sector": "C", "org.sizeBand": "small", "org.neighbourhoodId": neighbourhoodId } });
    expect(saved.next).toEqual({ kind: "section", sectionId: "skills" });

    const later = await createSurvey(db(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true, anonymous: false, audience: "employers" });
    const prefilled = await getRespondentDraft(later.slug, employer);
    expect(prefilled.organisation).toEqual({ organisationName: "Acme Ltd", sector: "C", sizeBand: "small", neighbourhoodId });
    expect(prefilled.journey.nextStep).toEqual({ kind: "organisation" });
  });

  it("fills in from the employer's profile when they have not answered before", async () => {
    const survey = await createSurvey(db(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true, audience: "employers" });
    const employer = await createUser(db(), { role: "employer" });
    const neighbourhoodId = await createNeighbourhood();
    const tag = uniqueTag("org-");
    const [organisation] = await db().insert(organisations).values({ slug: tag, name: `Works ${tag}`, type: "private" }).returning({ id: organisations.id });
    await db().update(users).set({ organisationId: organisation?.id, neighbourhoodId }).where(eq(users.id, employer.id));

    const { organisation: prefill } = await getRespondentDraft(survey.slug, { user: employer, resumeToken: null });
    expect(prefill).toEqual({ organisationName: `Works ${tag}`, sector: null, sizeBand: null, neighbourhoodId });
  });

  it("fills in from the registered organisation's details, before any earlier answer", async () => {
    const survey = await createSurvey(db(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true, audience: "employers" });
    const neighbourhoodId = await createNeighbourhood();
    const registered = await createSelfRegisteredOrganisation(db(), { sicSection: "F", sizeBand: "medium", neighbourhoodId });
    const employer = await createMember(db(), registered.id, "administrator");
    await db().insert(surveyResponses).values({ surveyId: survey.id, respondentId: employer.id, status: "submitted", organisationName: "An old name", surveyVersion: 1, submittedAt: new Date() });

    const { organisation: prefill } = await getRespondentDraft(survey.slug, { user: employer, resumeToken: null });
    expect(prefill).toEqual({ organisationName: registered.name, sector: "F", sizeBand: "medium", neighbourhoodId });
  });
});
