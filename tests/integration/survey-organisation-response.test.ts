import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { emailOutbox, neighbourhoods, surveyResponseChanges, surveyResponses } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { getPersonalData } from "@/lib/server/profile/get-personal-data";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { getSurveyStart } from "@/lib/server/surveys/respond/get-survey-start";
import { saveSurveyOrganisation } from "@/lib/server/surveys/respond/save-survey-organisation";
import { AnswersChangedError, saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import { submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { createUser, uniqueTag } from "@/tests/support/factories";
import { enError } from "@/tests/support/messages";
import { createMember, createSelfRegisteredOrganisation } from "@/tests/support/organisation-fixtures";
import { createSurvey, SKILLS_GAP_SURVEY } from "@/tests/support/survey-fixtures";

const db = () => getDb();

const JOBS_SURVEY: z.input<typeof ZSurveyDefinition> = {
  sections: [
    {
      id: "jobs",
      title: "Jobs",
      questions: [
        { id: "vacancies", type: "number", title: "Vacancies next year" },
        { id: "roles", type: "short_text", title: "Hardest roles to fill" },
      ],
    },
    { id: "more", title: "More", questions: [{ id: "notes", type: "long_text", title: "Anything else?" }] },
  ],
};

/** A one-per-organisation survey, and two colleagues of one employer. */
async function setUp() {
  const survey = await createSurvey(db(), { definition: JOBS_SURVEY, audience: "employers", anonymous: false, onePerOrganisation: true });
  const organisation = await createSelfRegisteredOrganisation(db());
  const priya = await createMember(db(), organisation.id, "administrator", "Priya Shah");
  const tom = await createMember(db(), organisation.id, "member", "Tom Reid");
  return { survey, organisation, priya, tom };
}

const as = (user: CurrentUser | null) => ({ user, resumeToken: null });
const jobs = (form: Record<string, string>, base?: Record<string, unknown>) => ({ sectionId: "jobs", returnToCheck: false, form, base: base ? JSON.stringify(base) : undefined });

async function rowsOf(surveyId: string) {
  return db().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
}

async function historyOf(responseId: string) {
  return db()
    .select({ subject: surveyResponseChanges.subject, userId: surveyResponseChanges.userId, before: surveyResponseChanges.before, after: surveyResponseChanges.after })
    .from(surveyResponseChanges)
    .where(eq(surveyResponseChanges.responseId, responseId))
    .orderBy(asc(surveyResponseChanges.createdAt));
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => null, (caught: unknown) => caught);
}

describe("an organisation's shared response", () => {
  it("is one draft that colleagues both see and write, not one each", async () => {
    const { survey, organisation, priya, tom } = await setUp();
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "5" }, {}));
    const seen = await getRespondentDraft(survey.slug, as(tom));
    expect(seen.draft?.answers).toEqual({ vacancies: 5 });
    expect(seen.shared?.organisationName).toBe(organisation.name);
    expect(seen.shared?.history).toMatchObject([{ subject: "vacancies", name: "Priya Shah" }]);

    await saveSurveySection(survey.slug, as(tom), jobs({ "q.vacancies": "5", "q.roles": "Welders" }, { vacancies: 5 }));
    const rows = await rowsOf(survey.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ organisationId: organisation.id, respondentId: null, status: "draft", answers: { vacancies: 5, roles: "Welders" } });
    const start = await getSurveyStart(survey.slug, as(priya));
    expect(start).toMatchObject({ mayAnswer: true, resumable: true, shared: { problem: null, organisationName: organisation.name, submitted: null } });
    expect(start.shared?.contributors.map((person) => person.name)).toEqual(["Tom Reid", "Priya Shah"]);
  });

  it("keeps one history row per answer that changed, with before, after and who", async () => {
    const { survey, priya, tom } = await setUp();
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "5", "q.roles": "Welders" }, {}));
    await saveSurveySection(survey.slug, as(tom), jobs({ "q.vacancies": "7", "q.roles": "Welders" }, { vacancies: 5, roles: "Welders" }));
    const [row] = await rowsOf(survey.id);
    expect(await historyOf(row?.id ?? "")).toEqual([
      { subject: "vacancies", userId: priya.id, before: null, after: { vacancies: 5 } },
      { subject: "roles", userId: priya.id, before: null, after: { roles: "Welders" } },
      { subject: "vacancies", userId: tom.id, before: { vacancies: 5 }, after: { vacancies: 7 } },
    ]);
  });

  it("saves nothing when a colleague changed the same answer meanwhile, shows both, and keeps theirs when saved again", async () => {
    const { survey, priya, tom } = await setUp();
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "5" }, {}));
    const opened = { vacancies: 5 };
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "7" }, opened));

    const error = await failure(saveSurveySection(survey.slug, as(tom), jobs({ "q.vacancies": "9", "q.roles": "Cooks" }, opened)));
    expect(error).toBeInstanceOf(AnswersChangedError);
    const changed = error as AnswersChangedError;
    expect(enError(changed)).toBe("A colleague changed some of these answers after you opened this page, so nothing was saved.");
    expect(changed.conflicts).toMatchObject([{ field: "q.vacancies", by: "Priya Shah", theirs: { vacancies: 7 }, question: { title: "Vacancies next year" } }]);
    expect(JSON.parse(changed.base)).toEqual({ vacancies: 7 });
    const [row] = await rowsOf(survey.id);
    expect(row?.answers).toEqual({ vacancies: 7 });
    expect((await historyOf(row?.id ?? "")).filter((entry) => entry.userId === tom.id)).toEqual([]);

    await saveSurveySection(survey.slug, as(tom), jobs({ "q.vacancies": "9", "q.roles": "Cooks" }, JSON.parse(changed.base) as Record<string, unknown>));
    expect((await rowsOf(survey.id))[0]?.answers).toEqual({ vacancies: 9, roles: "Cooks" });
  });

  it("keeps both colleagues' saves to different questions of one page", async () => {
    const { survey, priya, tom } = await setUp();
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "5" }, {}));
    const opened = { vacancies: 5 };
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "5", "q.roles": "Welders" }, opened));
    await saveSurveySection(survey.slug, as(tom), jobs({ "q.vacancies": "6" }, opened));
    expect((await rowsOf(survey.id))[0]?.answers).toEqual({ vacancies: 6, roles: "Welders" });
  });

  it("fills the organisation page from the organisation's record, and records a change to it", async () => {
    const survey = await createSurvey(db(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true, audience: "employers", onePerOrganisation: true });
    const organisation = await createSelfRegisteredOrganisation(db(), { sicSection: "H", sizeBand: "medium" });
    const priya = await createMember(db(), organisation.id, "member", "Priya Shah");
    const draft = await getRespondentDraft(survey.slug, as(priya));
    expect(draft.organisation).toMatchObject({ organisationName: organisation.name, sector: "H", sizeBand: "medium" });

    const [place] = await db().insert(neighbourhoods).values({ slug: uniqueTag("place-"), name: "Foleshill" }).returning({ id: neighbourhoods.id });
    const form = { "org.organisationName": organisation.name, "org.sector": "H", "org.sizeBand": "large", "org.neighbourhoodId": place?.id ?? "" };
    await saveSurveyOrganisation(survey.slug, as(priya), { returnToCheck: false, form });
    const [row] = await rowsOf(survey.id);
    expect(await historyOf(row?.id ?? "")).toMatchObject([{ subject: "organisation", userId: priya.id, before: { organisationName: null }, after: { sizeBand: "large" } }]);
  });

  it("is submitted exactly once when two colleagues send it at the same moment", async () => {
    const { survey, priya, tom } = await setUp();
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "5" }, {}));
    await saveSurveySection(survey.slug, as(priya), { sectionId: "more", returnToCheck: false, form: { "q.notes": "" }, base: "{}" });
    const [draft] = await rowsOf(survey.id);
    const results = await Promise.allSettled([submitSurveyDraft(survey.slug, as(priya), draft?.id ?? ""), submitSurveyDraft(survey.slug, as(tom), draft?.id ?? "")]);
    const sent = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(sent).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.reason).toBeInstanceOf(ConflictError);
    expect(enError(refused[0]?.reason)).toMatch(/^Your organisation has already answered this survey: (Priya Shah|Tom Reid) sent its response on /);

    const rows = await rowsOf(survey.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe("submitted");
    const sender = rows[0]?.respondentId === priya.id ? priya : tom;
    const history = await historyOf(rows[0]?.id ?? "");
    expect(history.filter((entry) => entry.subject === "submitted")).toEqual([{ subject: "submitted", userId: sender.id, before: null, after: { reference: rows[0]?.reference } }]);
    const receipts = await db().select().from(emailOutbox).where(and(eq(emailOutbox.category, "survey-receipt"), eq(emailOutbox.toAddress, sender.email)));
    expect(receipts).toHaveLength(1);
    // The one who sent it gets the same reference again; everyone is told it was answered.
    expect(await submitSurveyDraft(survey.slug, as(sender), rows[0]?.id ?? "")).toEqual({ reference: rows[0]?.reference });
    const start = await getSurveyStart(survey.slug, as(sender === priya ? tom : priya));
    expect(start).toMatchObject({ mayAnswer: false, shared: { submitted: { name: sender.name, reference: rows[0]?.reference } } });
    expect(await failure(getRespondentDraft(survey.slug, as(priya)))).toBeInstanceOf(ConflictError);
    expect(await failure(saveSurveySection(survey.slug, as(tom), jobs({ "q.vacancies": "1" }, {})))).toBeInstanceOf(ConflictError);
  });

  it("is neither seen nor written by someone outside the organisation", async () => {
    const { survey, priya } = await setUp();
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "5" }, {}));
    const [draft] = await rowsOf(survey.id);
    const other = await createSelfRegisteredOrganisation(db());
    const stranger = await createMember(db(), other.id, "member", "Sam Other");
    const loner = await createUser(db(), { role: "employer" });

    const theirs = await getRespondentDraft(survey.slug, as(stranger));
    expect(theirs.draft).toBeNull();
    expect(await failure(submitSurveyDraft(survey.slug, as(stranger), draft?.id ?? ""))).toMatchObject({ code: "not_found" });
    expect(await failure(getRespondentDraft(survey.slug, as(loner)))).toBeInstanceOf(ForbiddenError);
    expect(await failure(saveSurveySection(survey.slug, as(loner), jobs({ "q.vacancies": "1" }, {})))).toBeInstanceOf(ForbiddenError);
    expect((await getSurveyStart(survey.slug, as(loner))).shared).toMatchObject({ problem: "no_organisation" });
    const open = await createSurvey(db(), { definition: JOBS_SURVEY, audience: "anyone", onePerOrganisation: true });
    expect(await failure(saveSurveySection(open.slug, as(null), jobs({ "q.vacancies": "1" }, {})))).toBeInstanceOf(UnauthenticatedError);
    expect((await rowsOf(survey.id))[0]?.answers).toEqual({ vacancies: 5 });
    // Nor can anyone, a colleague included, send a response of their own in one request.
    const api = await failure(submitAnswers(priya, survey.id, { answers: { vacancies: 1 }, submissionKey: randomUUID() }));
    expect(enError(api)).toBe("This survey takes one response from each organisation, written together on its pages, so it cannot be answered in one request.");
    expect(await rowsOf(survey.id)).toHaveLength(1);
  });
});

describe("the people in a shared response's history", () => {
  it("find their own changes in their data, and erasing them keeps the response but forgets them", async () => {
    const { survey, priya, tom } = await setUp();
    await saveSurveySection(survey.slug, as(priya), jobs({ "q.vacancies": "5" }, {}));
    await saveSurveySection(survey.slug, as(tom), jobs({ "q.vacancies": "5", "q.roles": "Cooks" }, { vacancies: 5 }));
    const data = await getPersonalData(tom);
    expect(data.surveyChanges).toMatchObject([{ survey: survey.title, question: "Hardest roles to fill", before: null, after: { roles: "Cooks" } }]);

    await eraseAccount(tom);
    const [row] = await rowsOf(survey.id);
    expect(row).toMatchObject({ status: "draft", answers: { vacancies: 5, roles: "Cooks" } });
    expect((await historyOf(row?.id ?? "")).map((entry) => entry.userId)).toEqual([priya.id, null]);
    expect((await getRespondentDraft(survey.slug, as(priya))).shared?.history.map((entry) => entry.name)).toEqual(["Priya Shah", null]);
  });
});
