import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { neighbourhoods, surveys, users } from "@/lib/db/schema";
import { submitResponseIn } from "@/lib/server/surveys/submit-answers";
import { DEMO_RESIDENT_RESPONSES, residentResponses } from "./demo-resident-responses";
import { DEMO_SKILLS_GAP_RESPONSES, skillsGapResponses, type Window } from "./demo-survey-responses";
import { RESIDENT_SURVEY_SLUG, SKILLS_GAP_SLUG } from "./demo-surveys";

async function openSurvey(tx: Executor, id: string | undefined, today: Date) {
  if (!id) return null;
  const [survey] = await tx.select().from(surveys).where(eq(surveys.id, id));
  if (!survey) return null;
  const window: Window = { from: new Date((survey.opensAt ?? today).getTime() + 3_600_000), to: new Date(today.getTime() - 3_600_000) };
  return { survey, window };
}

/**
 * Demo responses to the surveys just created, submitted through the same path as real ones (so
 * references, one-per-person keys and tallies are exactly as they would be): 200 employers, each
 * with a demo employer account, and 40 anonymous residents. No receipts are queued: the demo
 * addresses are not real people's.
 */
export async function seedSurveyResponses(tx: Executor, created: Map<string, string>, today: Date): Promise<void> {
  const places = await tx.select({ id: neighbourhoods.id, slug: neighbourhoods.slug }).from(neighbourhoods);

  const employer = await openSurvey(tx, created.get(SKILLS_GAP_SLUG), today);
  if (employer) {
    const responses = skillsGapResponses(DEMO_SKILLS_GAP_RESPONSES, places, employer.window);
    await tx
      .insert(users)
      .values(responses.map((response) => ({ email: response.contact.email, name: response.contact.name, role: "employer" as const, emailVerified: today, neighbourhoodId: response.organisation.neighbourhoodId })))
      .onConflictDoNothing({ target: users.email });
    const accounts = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, responses.map((response) => response.contact.email)));
    const ids = new Map(accounts.map((account) => [account.email, account.id]));
    for (const response of responses) {
      const id = ids.get(response.contact.email);
      if (!id) throw new Error(`The demo employer ${response.contact.email} was not created`);
      const user = { id, email: null };
      await submitResponseIn(tx, employer.survey, user, { answers: response.answers, organisation: response.organisation, submissionKey: randomUUID() }, response.submittedAt);
    }
  }

  const residents = await openSurvey(tx, created.get(RESIDENT_SURVEY_SLUG), today);
  if (residents) {
    for (const response of residentResponses(DEMO_RESIDENT_RESPONSES, places, residents.window)) {
      await submitResponseIn(tx, residents.survey, null, { answers: response.answers, submissionKey: randomUUID() }, response.submittedAt);
    }
  }
}
