import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, surveyResponses } from "@/lib/db/schema";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import { NEW_ANONYMOUS_DRAFT_RATE } from "@/lib/server/surveys/respond/shared/respondent";
import { hashResumeToken } from "@/lib/server/surveys/shared/respondent-key";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { requestResumeLink, RESUME_EMAIL_RATE } from "@/lib/server/surveys/respond/request-resume-link";
import { resumeSurveyDraft } from "@/lib/server/surveys/respond/resume-survey-draft";
import { saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import { submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { uniqueTag } from "@/tests/support/factories";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();
const nobody = { user: null, resumeToken: null };

async function startAnonymously(slug: string): Promise<string> {
  const { newToken } = await saveSurveySection(slug, nobody, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes" } });
  if (!newToken) throw new Error("No resume token was issued");
  return newToken;
}

describe("an anonymous respondent's draft", () => {
  it("is found by the resume token held in the browser, of which only the hash is stored", async () => {
    const survey = await createSurvey(db());
    const token = await startAnonymously(survey.slug);

    const [row] = await db().select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id));
    expect(row).toMatchObject({ status: "draft", respondentId: null, resumeTokenHash: hashResumeToken(token), answers: { likes: "yes" } });
    expect(JSON.stringify(row)).not.toContain(token);

    const me = { user: null, resumeToken: token };
    const again = await saveSurveySection(survey.slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": "blue" } });
    expect(again).toEqual({ next: { kind: "check" }, newToken: null });
    expect((await getRespondentDraft(survey.slug, me)).draft?.answers).toEqual({ likes: "yes", colours: ["blue"] });
    // Someone else (or a guessed token) sees no draft.
    expect((await getRespondentDraft(survey.slug, { user: null, resumeToken: "guessed" })).draft).toBeNull();
  });

  it("emails a link back to the draft without keeping the address on the response", async () => {
    const survey = await createSurvey(db());
    const token = await startAnonymously(survey.slug);
    const email = `${uniqueTag("resident-")}@example.test`;

    expect(await requestResumeLink(survey.slug, { user: null, resumeToken: token }, `  ${email.toUpperCase()} `, "en")).toEqual({ newToken: null });

    const [message] = await db().select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.category, "survey-resume")));
    expect(message?.textBody).toContain(`/surveys/${survey.slug}/resume?token=${token}`);
    expect(message?.subject).toBe(`Your link back to: ${survey.title}`);
    const [row] = await db().select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id));
    expect(JSON.stringify(row)).not.toContain(email);

    expect(await resumeSurveyDraft(survey.slug, token)).toEqual({ next: { kind: "section", sectionId: "more" } });
  });

  it("limits how many links one address can be sent", async () => {
    const survey = await createSurvey(db());
    const email = `${uniqueTag("flood-")}@example.test`;
    for (let attempt = 0; attempt < RESUME_EMAIL_RATE.limit; attempt += 1) {
      const token = await startAnonymously(survey.slug);
      await requestResumeLink(survey.slug, { user: null, resumeToken: token }, email, "en");
    }
    const token = await startAnonymously(survey.slug);
    await expect(requestResumeLink(survey.slug, { user: null, resumeToken: token }, email, "en")).rejects.toBeInstanceOf(RateLimitedError);
    const sent = await db().select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    expect(sent).toHaveLength(RESUME_EMAIL_RATE.limit);
  });

  it("starts a draft when a link is asked for before any page was saved, and hands back its token", async () => {
    const survey = await createSurvey(db());
    const { newToken } = await requestResumeLink(survey.slug, nobody, `${uniqueTag("early-")}@example.test`, "en");
    expect(newToken).toEqual(expect.any(String));
    expect((await getRespondentDraft(survey.slug, { user: null, resumeToken: newToken })).draft).not.toBeNull();
  });

  it("refuses a resume link once the answers are sent", async () => {
    const survey = await createSurvey(db());
    const token = await startAnonymously(survey.slug);
    await saveSurveySection(survey.slug, { user: null, resumeToken: token }, { sectionId: "more", returnToCheck: false, form: { "q.colours": "red" } });
    const draft = (await getRespondentDraft(survey.slug, { user: null, resumeToken: token })).draft;
    if (!draft) throw new Error("No draft");

    const { reference } = await submitSurveyDraft(survey.slug, { user: null, resumeToken: token }, draft.id);
    expect(reference).toMatch(/^LT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(resumeSurveyDraft(survey.slug, token)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resumeSurveyDraft(survey.slug, "")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("limits how many drafts one network address can start without an account", async () => {
    const survey = await createSurvey(db());
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueTag()}`;
    const start = () => saveSurveySection(survey.slug, { user: null, resumeToken: null, ip }, { sectionId: "first", returnToCheck: false, form: { "q.likes": "no" } });
    for (let attempt = 0; attempt < NEW_ANONYMOUS_DRAFT_RATE.limit; attempt += 1) await start();
    await expect(start()).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("counts drafts started with a made-up resume cookie against the same limit", async () => {
    const survey = await createSurvey(db());
    const ip = `198.51.100.${uniqueTag()}`;
    const start = (attempt: number) =>
      saveSurveySection(survey.slug, { user: null, resumeToken: `made-up-${attempt}`, ip }, { sectionId: "first", returnToCheck: false, form: { "q.likes": "no" } });
    for (let attempt = 0; attempt < NEW_ANONYMOUS_DRAFT_RATE.limit; attempt += 1) await start(attempt);
    await expect(start(NEW_ANONYMOUS_DRAFT_RATE.limit)).rejects.toBeInstanceOf(RateLimitedError);
  });
});
