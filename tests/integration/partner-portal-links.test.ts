import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { getPartnerLinkQr, listPartnerLinks } from "@/lib/server/partner-portal/list-partner-links";
import { createSurveyLink } from "@/lib/server/survey-links/create-survey-link";
import { createUser } from "@/tests/support/factories";
import { englishRefusal } from "@/tests/support/messages";
import { createMember } from "@/tests/support/organisation-fixtures";
import { createOrganisation, insertPartnerReference } from "@/tests/support/partner-fixtures";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();
let officer: CurrentUser;

beforeAll(async () => {
  await insertPartnerReference();
  officer = await createUser(db(), { role: "officer" });
});

async function responsesThrough(surveyId: string, surveyLinkId: string | null, count: number, status: "draft" | "submitted") {
  for (let index = 0; index < count; index += 1) {
    await db().insert(surveyResponses).values({ surveyId, surveyLinkId, status, surveyVersion: 1, submittedAt: status === "submitted" ? new Date() : null });
  }
}

describe("a partner's links in its portal", () => {
  it("lists only its own links, with counts suppressed as published results are", async () => {
    const survey = await createSurvey(db());
    const partner = await createOrganisation(officer, { inNetwork: "on" });
    const other = await createOrganisation(officer, { inNetwork: "on" });
    const mine = await createSurveyLink(officer, survey.id, partner.id);
    const theirs = await createSurveyLink(officer, survey.id, other.id);
    await responsesThrough(survey.id, mine.id, 12, "submitted");
    await responsesThrough(survey.id, theirs.id, 2, "submitted");
    await responsesThrough(survey.id, null, 9, "submitted");
    const person = await createMember(db(), partner.id, "member");

    const links = await listPartnerLinks(person);
    expect(links).toEqual([{ id: mine.id, survey: { title: survey.title, slug: survey.slug }, address: expect.stringContaining(`/s/${mine.code}`), started: 12, submitted: 12 }]);

    const otherPerson = await createMember(db(), other.id, "member");
    // Their 2 are hidden, and so is a second count, so the 2 cannot be worked out from the total.
    expect((await listPartnerLinks(otherPerson))[0]).toMatchObject({ started: null, submitted: null });
  });

  it("gives a partner its own link's QR code, and nobody else's", async () => {
    const survey = await createSurvey(db());
    const partner = await createOrganisation(officer, { inNetwork: "on" });
    const link = await createSurveyLink(officer, survey.id, partner.id);
    const person = await createMember(db(), partner.id, "administrator");
    expect((await getPartnerLinkQr(person, link.id)).svg).toContain("<svg");
    const stranger = await createMember(db(), (await createOrganisation(officer, { inNetwork: "on" })).id, "member");
    expect((await englishRefusal(getPartnerLinkQr(stranger, link.id))).code).toBe("not_found");
  });
});
