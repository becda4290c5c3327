import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { surveyThemes } from "@/lib/db/schema";
import { exportPartnerResults } from "@/lib/server/partner-portal/export-partner-results";
import { getPartnerPortal } from "@/lib/server/partner-portal/get-partner-portal";
import { getPartnerSummary } from "@/lib/server/partner-portal/get-partner-summary";
import { listPartnerContacts } from "@/lib/server/partner-portal/list-partner-contacts";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { englishRefusal } from "@/tests/support/messages";
import { createMember, createSelfRegisteredOrganisation } from "@/tests/support/organisation-fixtures";
import { createContact, createTheme, createThemedTopic } from "@/tests/support/summary-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();
const LABELS = { header: ["Survey", "Responses", "Question", "Answer", "Count", "Percent"] as [string, string, string, string, string, string], fewerThanFive: "fewer than 5", notShown: "not shown" };

async function partnerWithTheme() {
  const organisation = await createSelfRegisteredOrganisation(db(), { kind: "partner", verification: "verified" });
  const person = await createMember(db(), organisation.id, "member");
  const theme = await createTheme("Jobs");
  const otherTheme = await createTheme("Housing");
  await createContact({ organisationId: organisation.id, name: "Sue Webb", themeIds: [theme.id], frequency: "weekly" });
  return { organisation, person, theme, otherTheme };
}

async function themedSurvey(themeId: string, settings: Parameters<typeof createSurvey>[1] = {}) {
  const survey = await createSurvey(db(), settings);
  await db().insert(surveyThemes).values({ surveyId: survey.id, themeId });
  return survey;
}

describe("the partner portal", () => {
  it("shows the published topics and surveys of the organisation's themes, never drafts or other themes", async () => {
    const { person, theme, otherTheme } = await partnerWithTheme();
    const open = await createThemedTopic({ title: "Jobs fair", themeIds: [theme.id] });
    await createThemedTopic({ title: "Draft jobs topic", themeIds: [theme.id], status: "draft" });
    await createThemedTopic({ title: "Housing topic", themeIds: [otherTheme.id] });
    const survey = await themedSurvey(theme.id, { resultsPublishedAt: new Date() });
    await themedSurvey(theme.id, { status: "draft" });
    await themedSurvey(otherTheme.id);

    const portal = await getPartnerPortal(person);
    expect(portal.themes.map((item) => item.name)).toEqual([theme.name]);
    expect(portal.topics.map((topic) => topic.slug)).toEqual([open.slug]);
    expect(portal.surveys).toEqual([expect.objectContaining({ slug: survey.slug, resultsPublished: true })]);
    expect((await listPartnerContacts(person)).map((contact) => [contact.name, contact.frequency, contact.themes])).toEqual([["Sue Webb", "weekly", [theme.name]]]);
  });

  it("gives only published, suppressed figures: no written answer, no respondent, nothing unpublished", async () => {
    const { person, theme } = await partnerWithTheme();
    const published = await themedSurvey(theme.id, { resultsPublishedAt: new Date(), title: "Published jobs survey" });
    const unpublished = await themedSurvey(theme.id, { title: "Unpublished jobs survey" });
    const secret = "My name is Jan and I live at 4 Canal Road";
    for (let index = 0; index < 7; index += 1) {
      for (const survey of [published, unpublished]) {
        await submitAnswers(null, survey.id, { answers: { likes: index < 6 ? "yes" : "no", why: secret, colours: ["red"] }, submissionKey: randomUUID() });
      }
    }
    const { csv } = await exportPartnerResults(person, LABELS);
    expect(csv).toContain("Published jobs survey,7,Do you like it?,Yes,not shown,");
    expect(csv).toContain("Published jobs survey,7,Do you like it?,No,fewer than 5,");
    expect(csv).not.toContain("Unpublished jobs survey");
    expect(csv).not.toContain(secret);
    expect(csv).not.toContain("Why?");
  });

  it("gives last month's summary of its themes, addressed to the organisation, without any contact's personal link", async () => {
    const { person, theme, otherTheme } = await partnerWithTheme();
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 10, 12));
    const ours = await createThemedTopic({ title: `Jobs fair ${theme.id.slice(0, 6)}`, themeIds: [theme.id], publishedAt: lastMonth });
    const theirs = await createThemedTopic({ title: `Housing plan ${otherTheme.id.slice(0, 6)}`, themeIds: [otherTheme.id], publishedAt: lastMonth });
    const { html } = await getPartnerSummary(person, now);
    expect(html).toContain(ours.title);
    expect(html).not.toContain(theirs.title);
    expect(html).not.toContain("/partners/preferences/");
  });

  it("is for partner organisations' people only", async () => {
    const employer = await createMember(db(), (await createSelfRegisteredOrganisation(db(), { kind: "employer" })).id);
    expect((await englishRefusal(getPartnerPortal(employer))).message).toBe("This page is for partner organisations in the network.");
    const rejected = await createMember(db(), (await createSelfRegisteredOrganisation(db(), { kind: "partner", verification: "rejected" })).id);
    expect((await englishRefusal(exportPartnerResults(rejected, LABELS))).code).toBe("not_found");
  });
});
