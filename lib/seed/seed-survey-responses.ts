import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { neighbourhoods, surveyResponses, surveys, users } from "@/lib/db/schema";
import { submitResponseIn } from "@/lib/server/surveys/submit-answers";
import { answersBefore, stoppedAfter } from "./demo-drafts";
import { DEMO_RESIDENT_RESPONSES, residentResponses } from "./demo-resident-responses";
import { DEMO_SKILLS_GAP_RESPONSES, skillsGapResponses, type Window } from "./demo-survey-responses";
import { RESIDENT_SURVEY_SLUG, SKILLS_GAP_SLUG } from "./demo-surveys";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { TOrganisationInput } from "@/lib/domain/surveys/organisation";

/** Employers who started the skills-gap survey and have not finished (yet): the drop-off chart's. */
export const DEMO_SKILLS_GAP_DRAFTS = 26;
/** Residents who stopped part way (their resume cookie is long gone). */
export const DEMO_RESIDENT_DRAFTS = 9;

type OpenSurvey = NonNullable<Awaited<ReturnType<typeof openSurvey>>>;

/** Creates the demo employers' accounts (if new) and returns their ids by email. */
async function employerAccounts(tx: Executor, responses: { contact: { email: string; name: string }; organisation: { neighbourhoodId: string } }[], today: Date) {
  await tx
    .insert(users)
    .values(responses.map((response) => ({ email: response.contact.email, name: response.contact.name, role: "employer" as const, emailVerified: today, neighbourhoodId: response.organisation.neighbourhoodId })))
    .onConflictDoNothing({ target: users.email });
  const accounts = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, responses.map((response) => response.contact.email)));
  const ids = new Map(accounts.map((account) => [account.email, account.id]));
  return (email: string) => {
    const found = ids.get(email);
    if (!found) throw new Error(`The demo employer ${email} was not created`);
    return found;
  };
}

/** Unfinished responses: answers up to where each person stopped, no reference, nothing tallied. */
async function seedDrafts(tx: Executor, { survey }: OpenSurvey, drafts: { respondentId: string | null; answers: Answers; organisation?: TOrganisationInput; startedAt: Date }[]) {
  if (drafts.length === 0) return;
  const sections = survey.definition.sections.length;
  await tx.insert(surveyResponses).values(
    drafts.map((draft, index) => {
      const furthest = stoppedAfter(index, sections);
      return {
        surveyId: survey.id,
        status: "draft" as const,
        respondentId: draft.respondentId,
        answers: answersBefore(survey.definition, draft.answers, furthest),
        organisationName: draft.organisation?.organisationName ?? null,
        sector: draft.organisation?.sector ?? null,
        sizeBand: draft.organisation?.sizeBand ?? null,
        neighbourhoodId: draft.organisation?.neighbourhoodId ?? null,
        furthestSection: furthest,
        surveyVersion: survey.version,
        startedAt: draft.startedAt,
        updatedAt: draft.startedAt,
      };
    }),
  );
}

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
 * with a demo employer account, and 40 anonymous residents; and some unfinished drafts of each, so
 * the drop-off by section shows what a live survey shows. No receipts are queued: the demo
 * addresses are not real people's.
 */
export async function seedSurveyResponses(tx: Executor, created: Map<string, string>, today: Date): Promise<void> {
  const places = await tx.select({ id: neighbourhoods.id, slug: neighbourhoods.slug }).from(neighbourhoods);

  const employer = await openSurvey(tx, created.get(SKILLS_GAP_SLUG), today);
  if (employer) {
    const responses = skillsGapResponses(DEMO_SKILLS_GAP_RESPONSES, places, employer.window);
    const unfinished = skillsGapResponses(DEMO_SKILLS_GAP_DRAFTS, places, employer.window, 20_260_402);
    const accountOf = await employerAccounts(tx, [...responses, ...unfinished], today);
    for (const response of responses) {
      const user = { id: accountOf(response.contact.email), email: null };
      await submitResponseIn(tx, employer.survey, user, { answers: response.answers, organisation: response.organisation, submissionKey: randomUUID() }, response.submittedAt);
    }
    const answered = new Set(responses.map((response) => response.contact.email));
    await seedDrafts(
      tx,
      employer,
      unfinished
        .filter((draft) => !answered.has(draft.contact.email))
        .map((draft) => ({ respondentId: accountOf(draft.contact.email), answers: draft.answers, organisation: draft.organisation, startedAt: draft.submittedAt })),
    );
  }

  const residents = await openSurvey(tx, created.get(RESIDENT_SURVEY_SLUG), today);
  if (residents) {
    for (const response of residentResponses(DEMO_RESIDENT_RESPONSES, places, residents.window)) {
      await submitResponseIn(tx, residents.survey, null, { answers: response.answers, submissionKey: randomUUID() }, response.submittedAt);
    }
    const unfinished = residentResponses(DEMO_RESIDENT_DRAFTS, places, residents.window, 20_260_416);
    await seedDrafts(tx, residents, unfinished.map((draft) => ({ respondentId: null, answers: draft.answers, startedAt: draft.submittedAt })));
  }
}
