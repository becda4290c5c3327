import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { consentRecords } from "@/lib/db/schema";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { getPersonalData } from "@/lib/server/profile/get-personal-data";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { createUser } from "@/tests/support/factories";
import { createSurvey } from "@/tests/support/survey-fixtures";

const db = () => getDb();
const definition = {
  sections: [
    {
      id: "about",
      title: "About",
      questions: [
        { id: "likes", type: "yes_no" as const, title: "Do you like it?", required: true },
        { id: "contact", type: "consent" as const, title: "The council may contact me about this survey.", hint: "Leave this unticked if not." },
      ],
    },
  ],
};

describe("consent records", () => {
  it("records what a named respondent agreed to, in the words shown and the survey's version, and shows it in their data", async () => {
    const person = await createUser(db());
    const survey = await createSurvey(db(), { audience: "signed_in", anonymous: false, definition });
    await submitAnswers(person, survey.id, { answers: { likes: "yes", contact: "yes" }, submissionKey: randomUUID() });
    const records = await db().select().from(consentRecords).where(eq(consentRecords.subject, `survey:${survey.id}:contact`));
    expect(records).toEqual([
      expect.objectContaining({
        userId: person.id,
        wording: "The council may contact me about this survey.\nLeave this unticked if not.",
        version: `survey ${survey.id} version 1`,
        responseId: expect.any(String),
      }),
    ]);
    const data = await getPersonalData(person);
    expect(data.consents).toEqual([expect.objectContaining({ wording: "The council may contact me about this survey.\nLeave this unticked if not.", version: `survey ${survey.id} version 1` })]);

    // After erasure the record stays as evidence, linked to the (now anonymous) response, not to anyone.
    await eraseAccount(person);
    const [kept] = await db().select().from(consentRecords).where(eq(consentRecords.id, records[0]!.id));
    expect(kept).toMatchObject({ userId: null, responseId: records[0]!.responseId });
  });

  it("links an anonymous survey's consent to the response only, and records nothing unticked", async () => {
    const person = await createUser(db());
    const survey = await createSurvey(db(), { audience: "signed_in", anonymous: true, definition });
    await submitAnswers(person, survey.id, { answers: { likes: "yes", contact: "yes" }, submissionKey: randomUUID() });
    await submitAnswers(person, survey.id, { answers: { likes: "no" }, submissionKey: randomUUID() });
    const records = await db().select().from(consentRecords).where(eq(consentRecords.subject, `survey:${survey.id}:contact`));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ userId: null, responseId: expect.any(String) });
  });
});
