import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { parsePeriodKey, type Period } from "@/lib/domain/summaries/period";
import { previewSummary } from "@/lib/server/summaries/preview-summary";
import { sendOneOffSummary } from "@/lib/server/summaries/send-one-off-summary";
import { saveSurveyTranslation } from "@/lib/server/translations/save-survey-translation";
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
