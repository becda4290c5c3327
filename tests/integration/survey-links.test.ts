import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createSurveyLink } from "@/lib/server/survey-links/create-survey-link";
import { getSurveyLink } from "@/lib/server/survey-links/get-survey-link";
import { getSurveyLinkQr } from "@/lib/server/survey-links/get-survey-link-qr";
import { listSurveyLinks, NO_LINK } from "@/lib/server/survey-links/list-survey-links";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import { submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { createUser } from "@/tests/support/factories";
import { createMember, createSelfRegisteredOrganisation } from "@/tests/support/organisation-fixtures";
import { createOrganisation, insertPartnerReference } from "@/tests/support/partner-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();
let officer: CurrentUser;

beforeAll(async () => {
  await insertPartnerReference();
  officer = await createUser(db(), { role: "officer" });
});

/** Starts (and optionally sends) an anonymous response as a browser holding this link's cookie would. */
async function answerThrough(slug: string, surveyLinkId: string | null, { submit = false, likes = "yes" } = {}) {
  const { newToken } = await saveSurveySection(slug, { user: null, resumeToken: null, surveyLinkId }, { sectionId: "first", returnToCheck: false, form: { "q.likes": likes } });
  if (!newToken) throw new Error("No resume token was issued");
  if (submit) {
    const me = { user: null, resumeToken: newToken };
    await saveSurveySection(slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": "blue" } });
    const { draft } = await getRespondentDraft(slug, me);
    if (!draft) throw new Error("No draft to send");
    await submitSurveyDraft(slug, me, draft.id);
  }
  return newToken;
}

const linkOfResponses = async (surveyId: string) => (await db().select({ link: surveyResponses.surveyLinkId }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId))).map((row) => row.link);

describe("survey links", () => {
  it("makes short, URL-safe, unique codes, one link per survey and partner", async () => {
    const survey = await createSurvey(db());
    const partner = await createOrganisation(officer, { inNetwork: "on" });
    const own = await createSurveyLink(officer, survey.id, null);
    const theirs = await createSurveyLink(officer, survey.id, partner.id);
    expect(own.code).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(theirs.code).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(theirs.code).not.toBe(own.code);
    // Asked again, the same links come back.
    expect(await createSurveyLink(officer, survey.id, null)).toEqual({ ...own, created: false });
    expect(await createSurveyLink(officer, survey.id, partner.id)).toEqual({ ...theirs, created: false });
    // Another survey gets codes of its own.
    const other = await createSurvey(db());
    expect((await createSurveyLink(officer, other.id, partner.id)).code).not.toBe(theirs.code);
  });

  it("refuses an organisation outside the network, and an unknown survey", async () => {
    const survey = await createSurvey(db());
    const outsider = await createOrganisation(officer);
    await expect(createSurveyLink(officer, survey.id, outsider.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(createSurveyLink(officer, crypto.randomUUID(), null)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("opens the survey from its code; an unknown code, or a draft survey's, is not found", async () => {
    const survey = await createSurvey(db());
    const link = await createSurveyLink(officer, survey.id, null);
    expect(await getSurveyLink(link.code)).toEqual({ id: link.id, surveySlug: survey.slug });
    await expect(getSurveyLink("AAAAAAAAAA")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSurveyLink("not a code")).rejects.toBeInstanceOf(NotFoundError);
    const draft = await createSurvey(db(), { status: "draft" });
    await expect(getSurveyLink((await createSurveyLink(officer, draft.id, null)).code)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("credits a response started through a partner's link to that partner", async () => {
    const survey = await createSurvey(db());
    const partner = await createOrganisation(officer, { inNetwork: "on" });
    const link = await createSurveyLink(officer, survey.id, partner.id);
    await answerThrough(survey.slug, link.id, { submit: true });
    await answerThrough(survey.slug, link.id);
    await answerThrough(survey.slug, null, { submit: true });
    expect((await linkOfResponses(survey.id)).sort()).toEqual([link.id, link.id, null].sort());

    const { links, unlinked } = await listSurveyLinks(survey.id, { exact: true });
    expect(links).toEqual([expect.objectContaining({ id: link.id, partner: { id: partner.id, name: partner.name }, started: 2, submitted: 1 })]);
    expect(unlinked).toEqual({ started: 1, submitted: 1 });
  });

  it("credits an organisation's shared response to the link the colleague who started it came through", async () => {
    const survey = await createSurvey(db(), {
      definition: { sections: [{ id: "jobs", title: "Jobs", questions: [{ id: "vacancies", type: "number", title: "Vacancies next year" }] }] },
      audience: "employers",
      anonymous: false,
      onePerOrganisation: true,
    });
    const partner = await createOrganisation(officer, { inNetwork: "on" });
    const link = await createSurveyLink(officer, survey.id, partner.id);
    const employer = await createSelfRegisteredOrganisation(db());
    const priya = await createMember(db(), employer.id, "administrator", "Priya Shah");
    await saveSurveySection(survey.slug, { user: priya, resumeToken: null, surveyLinkId: link.id }, { sectionId: "jobs", returnToCheck: false, form: { "q.vacancies": "5" }, base: "{}" });
    expect(await linkOfResponses(survey.id)).toEqual([link.id]);
  });

  it("credits nothing when the link is another survey's, or made up", async () => {
    const surveyA = await createSurvey(db());
    const surveyB = await createSurvey(db());
    const linkA = await createSurveyLink(officer, surveyA.id, null);
    await answerThrough(surveyB.slug, linkA.id);
    await answerThrough(surveyB.slug, crypto.randomUUID());
    await answerThrough(surveyB.slug, "not-a-uuid");
    expect(await linkOfResponses(surveyB.id)).toEqual([null, null, null]);
    expect((await listSurveyLinks(surveyA.id, { exact: true })).links[0]).toMatchObject({ started: 0, submitted: 0 });
  });

  it("lists the network's partners that have no link yet", async () => {
    const survey = await createSurvey(db());
    const linked = await createOrganisation(officer, { inNetwork: "on" });
    const unlinked = await createOrganisation(officer, { inNetwork: "on" });
    const outsider = await createOrganisation(officer);
    await createSurveyLink(officer, survey.id, linked.id);
    const ids = (await listSurveyLinks(survey.id, { exact: true })).partners.map((partner) => partner.id);
    expect(ids).toContain(unlinked.id);
    expect(ids).not.toContain(linked.id);
    expect(ids).not.toContain(outsider.id);
  });

  it("suppresses small counts by partner for anyone but officers, and never returns a response", async () => {
    const survey = await createSurvey(db());
    const small = await createOrganisation(officer, { inNetwork: "on" });
    const large = await createOrganisation(officer, { inNetwork: "on" });
    const smallLink = await createSurveyLink(officer, survey.id, small.id);
    const largeLink = await createSurveyLink(officer, survey.id, large.id);
    const tokens = [await answerThrough(survey.slug, smallLink.id, { likes: "no" })];
    for (let index = 0; index < 6; index += 1) tokens.push(await answerThrough(survey.slug, largeLink.id));
    for (let index = 0; index < 5; index += 1) tokens.push(await answerThrough(survey.slug, null));

    const exact = await listSurveyLinks(survey.id, { exact: true });
    expect(exact.links.find((link) => link.id === smallLink.id)).toMatchObject({ started: 1 });
    const suppressed = await listSurveyLinks(survey.id, { exact: false });
    expect(suppressed.links.find((link) => link.id === smallLink.id)).toMatchObject({ started: null, submitted: null });
    // Shown alone, the rest would give the hidden 1 away: the next smallest (no link, 5) is hidden too.
    expect(suppressed.unlinked.started).toBeNull();
    expect(suppressed.links.find((link) => link.id === largeLink.id)).toMatchObject({ started: 6 });

    const text = JSON.stringify([exact, suppressed]);
    for (const token of tokens) expect(text).not.toContain(token);
    expect(text).not.toMatch(/"answers"|"likes"|resume/i);
    expect(NO_LINK).toBe("none");
  });

  it("gives a link's QR code as an SVG file named after the survey and partner", async () => {
    const survey = await createSurvey(db());
    const partner = await createOrganisation(officer, { inNetwork: "on" });
    const link = await createSurveyLink(officer, survey.id, partner.id);
    const { svg, filename } = await getSurveyLinkQr(survey.id, link.id);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(filename).toMatch(new RegExp(`^${survey.slug}-.+-qr\\.svg$`));
    const other = await createSurvey(db());
    await expect(getSurveyLinkQr(other.id, link.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
