import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { parsePeriodKey, type Period } from "@/lib/domain/summaries/period";
import { previewSummary } from "@/lib/server/summaries/preview-summary";
import { sendOneOffSummary } from "@/lib/server/summaries/send-one-off-summary";
import { saveSummaryIntro } from "@/lib/server/summaries/save-summary-intro";
import { scheduleSummaries } from "@/lib/server/summaries/schedule-summaries";
import { listSummaryIntroTranslations } from "@/lib/server/translations/list-summary-intro-translations";
import { saveSummaryIntroTranslation } from "@/lib/server/translations/save-summary-intro-translation";
import { saveSurveyTranslation } from "@/lib/server/translations/save-survey-translation";
import { ZSummaryIntroInput } from "@/lib/validations/summaries";
import { enIssues } from "@/tests/support/messages";
import { saveTopicTranslation } from "@/lib/server/translations/save-topic-translation";
import { createUser } from "@/tests/support/factories";
import { EARLY_DECEMBER, NOVEMBER, seedActivity } from "@/tests/support/summary-activity";
import { createContact, createOrganisation, outboxFor } from "@/tests/support/summary-fixtures";

let seeded: Awaited<ReturnType<typeof seedActivity>>;
let officer: CurrentUser;

beforeAll(async () => {
  seeded = await seedActivity();
  officer = await createUser(getDb(), { role: "officer" });
  await saveTopicTranslation(officer, seeded.hub.id, "ur", { "t.title": "ہنر کا مرکز", "t.summary": "ہنر کے مرکز کے بارے میں بتائیں۔" });
  await saveSurveyTranslation(officer, seeded.survey.id, "ur", { "t.title": "آجروں کا ہنر سروے" });
});

describe("a partner's summary in their language", () => {
  it("names the topics and surveys by their translated titles where there are some, and the rest in English", async () => {
    const organisation = await createOrganisation();
    const urdu = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id], language: "ur" });
    const english = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id] });
    const period = parsePeriodKey(NOVEMBER) as Period;

    const inUrdu = await previewSummary(urdu.id, period);
    expect(inUrdu.text).toContain("ہنر کا مرکز");
    expect(inUrdu.text).toContain("آجروں کا ہنر سروے");
    expect(inUrdu.text).toContain(seeded.buses.title);
    expect(inUrdu.text).not.toContain(seeded.hub.title);
    const inEnglish = await previewSummary(english.id, period);
    expect(inEnglish.text).toContain(seeded.hub.title);
    expect(inEnglish.text).not.toContain("ہنر کا مرکز");
  });

  it("sends a one-off summary of a topic with its translated title and summary to a contact reading Urdu only", async () => {
    const organisation = await createOrganisation();
    const urdu = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id], language: "ur" });
    const english = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id] });
    await sendOneOffSummary({ actorId: officer.id, subject: { kind: "topic", id: seeded.hub.id }, contactIds: [urdu.id, english.id], sendId: randomUUID(), now: EARLY_DECEMBER });
    const [toUrdu] = await outboxFor(urdu.id);
    const [toEnglish] = await outboxFor(english.id);
    expect(toUrdu?.subject).toContain("ہنر کا مرکز");
    expect(toUrdu?.text).toContain("ہنر کے مرکز کے بارے میں بتائیں۔");
    expect(toEnglish?.subject).toContain(seeded.hub.title);
  });
});

describe("the officers' message at the top of scheduled summaries", () => {
  const MESSAGE = "The network meets at the Central Library on 12 January: all partners are welcome.";

  afterAll(async () => {
    // One message for the whole site: leave none for other files' summaries.
    await saveSummaryIntro(officer, "");
  });

  it("is plain text of 1,000 characters at most, and an empty box means none", () => {
    expect(ZSummaryIntroInput.parse({ intro: "  Hello\r\nall  " })).toEqual({ intro: "Hello\nall" });
    expect(enIssues(ZSummaryIntroInput.safeParse({ intro: "x".repeat(1001) }).error)?.intro).toEqual(["The message must be 1,000 characters or fewer."]);
    expect(enIssues(ZSummaryIntroInput.safeParse({}).error)?.intro).toEqual(["Write the message, or leave the box empty for none."]);
  });

  it("goes to each contact in their language where translated, otherwise in English marked as English", async () => {
    await saveSummaryIntro(officer, MESSAGE);
    await saveSummaryIntroTranslation(officer, "ur", { "t.intro": "نیٹ ورک 12 جنوری کو سینٹرل لائبریری میں ملے گا: تمام شراکت دار خوش آمدید ہیں۔" });
    const { languages } = await listSummaryIntroTranslations();
    expect(languages.map((language) => [language.locale, language.translation?.progress.translated ?? null])).toEqual([
      ["pa", null],
      ["ur", 1],
      ["pl", null],
      ["ar", null],
    ]);
    const organisation = await createOrganisation();
    const urdu = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id], language: "ur" });
    const polish = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id], language: "pl" });
    await scheduleSummaries({ db: getDb(), now: EARLY_DECEMBER });
    const [toUrdu] = await outboxFor(urdu.id);
    const [toPolish] = await outboxFor(polish.id);
    expect(toUrdu?.text).toContain("نیٹ ورک 12 جنوری کو سینٹرل لائبریری میں ملے گا");
    expect(toUrdu?.text).not.toContain(MESSAGE);
    expect(toPolish?.text).toContain(MESSAGE);
    expect(toPolish?.html).toContain(`<p lang="en" dir="ltr" style="margin:0 0 16px">${MESSAGE.replace(/:/g, ":")}</p>`);
  });

  it("goes out in English again once the English changes, until it is translated again", async () => {
    await saveSummaryIntro(officer, `${MESSAGE} Bring a colleague.`);
    const organisation = await createOrganisation();
    const urdu = await createContact({ organisationId: organisation.id, themeIds: [seeded.theme.id], language: "ur" });
    const preview = await previewSummary(urdu.id, parsePeriodKey(NOVEMBER) as Period);
    expect(preview.text).toContain(`${MESSAGE} Bring a colleague.`);
    const { languages } = await listSummaryIntroTranslations();
    expect(languages.find((language) => language.locale === "ur")?.translation?.progress.outdated).toEqual(["intro"]);
  });
});
