import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { consentRecords, emailOutbox, surveyResponses, surveys } from "@/lib/db/schema";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { getSurveyConfirmation } from "@/lib/server/surveys/respond/get-survey-confirmation";
import { getSurveyStart } from "@/lib/server/surveys/respond/get-survey-start";
import { listOpenSurveys } from "@/lib/server/surveys/respond/list-open-surveys";
import { saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { getSurveyTranslation } from "@/lib/server/translations/get-survey-translation";
import { listSurveyTranslations } from "@/lib/server/translations/list-survey-translations";
import { removeTranslation } from "@/lib/server/translations/remove-translation";
import { saveSurveyTranslation } from "@/lib/server/translations/save-survey-translation";
import { createUser } from "@/tests/support/factories";
import { enFields } from "@/tests/support/messages";
import { createSurvey, SMALL_SURVEY } from "@/tests/support/survey-fixtures";
import { tallies } from "@/tests/support/survey-queries";

const db = () => getDb();
let officer: CurrentUser;

beforeAll(async () => {
  officer = await createUser(db(), { role: "officer" });
});

/** SMALL_SURVEY with a consent statement on its first page. */
const withConsent = {
  sections: SMALL_SURVEY.sections.map((section, index) =>
    index === 0 ? { ...section, questions: [...section.questions, { id: "contact", type: "consent" as const, title: "The council may contact me." }] } : section,
  ),
};

const POLISH = {
  "t.title": "Ankieta o autobusach",
  "t.thankYou": "Dziękujemy!",
  "t.question.likes.title": "Czy ci się podoba?",
  "t.question.contact.title": "Rada może się ze mną skontaktować.",
  "t.question.colours.title": "Jakie kolory?",
  "t.question.colours.option.red": "Czerwony",
  "t.question.colours.option.blue": "Niebieski",
};

const inPolish = async (): Promise<Respondent> => ({ user: await createUser(db()), resumeToken: null, locale: "pl" });

describe("translating a survey", () => {
  it("shows a respondent reading in Polish the translated words, checks and stores their answers by key, and records what they agreed to in their words", async () => {
    const survey = await createSurvey(db(), { definition: withConsent, thankYou: "Thank you!", audience: "signed_in", anonymous: false });
    expect(await saveSurveyTranslation(officer, survey.id, "pl", POLISH)).toEqual({ translated: 7 });
    const me = await inPolish();

    const start = await getSurveyStart(survey.slug, me);
    expect(start.survey.title).toBe("Ankieta o autobusach");
    expect(start.language).toMatchObject({ state: "translated", partial: true });
    expect(start.language.inEnglish).toEqual(expect.arrayContaining(["summary", "question.why.title", "question.score.title", "section.first.title"]));

    // A required question left out: the problem names it in Polish; nothing is saved.
    const refused = await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: {} }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused instanceof ValidationError ? refused.fieldProblems["q.likes"]?.[0]?.values : null).toEqual({ title: "Czy ci się podoba?" });

    await saveSurveySection(survey.slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes", "q.contact": "yes" } });
    const { journey, draft } = await getRespondentDraft(survey.slug, me);
    const colours = journey.sections[1]?.questions[0];
    expect(colours).toMatchObject({ id: "colours", title: "Jakie kolory?", options: [{ id: "red", label: "Czerwony" }, { id: "blue", label: "Niebieski" }] });
    await saveSurveySection(survey.slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": ["red"], "q.score": "4" } });
    const { reference } = await submitSurveyDraft(survey.slug, me, draft?.id ?? "");

    const [row] = await db().select().from(surveyResponses).where(eq(surveyResponses.reference, reference));
    expect(row).toMatchObject({ locale: "pl", answers: { likes: "yes", contact: "yes", colours: ["red"], score: 4 } });
    expect(await tallies(survey.id)).toMatchObject({ "colours|red": 1, "likes|yes": 1 });
    const [consent] = await db().select().from(consentRecords).where(eq(consentRecords.responseId, row?.id ?? ""));
    expect(consent?.wording).toBe("Rada może się ze mną skontaktować.");
    const [receipt] = await db().select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `survey-receipt:${row?.id}`));
    expect(receipt?.textBody).toContain("Ankieta o autobusach");
    expect(receipt?.textBody).toContain("Dziękujemy!");

    const confirmation = await getSurveyConfirmation(survey.slug, reference, null, "pl");
    expect(confirmation).toMatchObject({ title: "Ankieta o autobusach", thankYou: "Dziękujemy!", lang: { title: "pl", thankYou: "pl" } });
    const listed = (await listOpenSurveys(new Date(), "pl")).find((item) => item.slug === survey.slug);
    expect(listed).toMatchObject({ title: { text: "Ankieta o autobusach", lang: "pl" }, summary: { text: survey.summary, lang: "en" } });
  });

  it("shows in English, and lists as missing or changed, what was added or reworded in English after translating", async () => {
    const survey = await createSurvey(db(), { definition: withConsent });
    await saveSurveyTranslation(officer, survey.id, "pl", POLISH);
    const definition = ZSurveyDefinition.parse({
      sections: withConsent.sections.map((section, index) =>
        index === 0
          ? { ...section, questions: [...section.questions.map((question) => (question.id === "likes" ? { ...question, title: "Do you like the buses?" } : question)), { id: "often", type: "short_text", title: "How often?" }] }
          : section,
      ),
    });
    await db().update(surveys).set({ definition }).where(eq(surveys.id, survey.id));

    const form = await getSurveyTranslation(survey.id, "pl");
    const states = Object.fromEntries(form.groups.flatMap((group) => group.fields.map((field) => [field.key, field.state])));
    expect(states).toMatchObject({ "question.likes.title": "outdated", "question.often.title": "missing", "question.colours.title": "translated" });
    const { languages } = await listSurveyTranslations(survey.id);
    expect(languages.find((language) => language.locale === "pl")?.translation?.progress.outdated).toEqual(["question.likes.title"]);

    const { journey, language } = await getRespondentDraft(survey.slug, await inPolish());
    const first = journey.sections[0]?.questions.map((question) => question.title);
    expect(first).toEqual(["Do you like the buses?", "Why?", "Rada może się ze mną skontaktować.", "How often?"]);
    expect(language.inEnglish).toEqual(expect.arrayContaining(["question.likes.title", "question.often.title"]));
  });

  it("refuses an answer label that is too long, and can be removed", async () => {
    const survey = await createSurvey(db());
    const tooLong = await saveSurveyTranslation(officer, survey.id, "ar", { "t.question.colours.option.red": "أ".repeat(251) }).catch((error: unknown) => error);
    expect(tooLong instanceof ValidationError ? enFields(tooLong.fieldProblems) : null).toEqual({ "t.question.colours.option.red": ["This must be 250 characters or fewer."] });
    await saveSurveyTranslation(officer, survey.id, "ar", { "t.title": "استطلاع" });
    await removeTranslation(officer, { kind: "survey", id: survey.id }, "ar");
    const start = await getSurveyStart(survey.slug, { user: null, resumeToken: null, locale: "ar" });
    expect([start.survey.title, start.language.state]).toEqual([survey.title, "untranslated"]);
    await expect(removeTranslation(officer, { kind: "survey", id: survey.id }, "ar")).rejects.toThrow(NotFoundError);
  });
});
