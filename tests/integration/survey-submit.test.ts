import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, neighbourhoods, surveyResponses } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { ALREADY_ANSWERED, finaliseResponse } from "@/lib/server/surveys/finalise-response";
import { ANONYMOUS_SUBMISSION_RATE, submitAnswers, submitResponseIn } from "@/lib/server/surveys/submit-answers";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import { createUser, rateLimitSpent, uniqueTag } from "@/tests/support/factories";
import { createSurvey, SKILLS_GAP_SURVEY, type SurveyRow } from "@/tests/support/survey-fixtures";
import { responseRows, tallies } from "@/tests/support/survey-queries";
import { enFields, englishRefusal } from "@/tests/support/messages";

const db = () => getDb();
const DAY = 86_400_000;
const REFERENCE = /^LT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

const submission = (answers: Answers, extra: { organisation?: Parameters<typeof submitAnswers>[2]["organisation"] } = {}) => ({ answers, submissionKey: randomUUID(), ...extra });

/** What a submission that failed validation said, field by field. */
async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string[] | undefined>> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return enFields((error as ValidationError).fieldProblems);
}

describe("submitAnswers: one whole response", () => {
  it("submits an anonymous response with a reference, no respondent and its tallies", async () => {
    const survey = await createSurvey(db());
    const result = await submitAnswers(null, survey.id, submission({ likes: "yes", why: "Because", colours: ["red", "other"], "colours.other": "Teal", score: 4 }));
    expect(result.repeated).toBe(false);
    expect(result.reference).toMatch(REFERENCE);
    const [row] = await responseRows(survey.id);
    expect(row).toMatchObject({ status: "submitted", reference: result.reference, respondentId: null, respondentKey: null, furthestSection: 2, surveyVersion: 1 });
    expect(row?.submittedAt).toBeInstanceOf(Date);
    expect(await tallies(survey.id)).toEqual({ "*|*": 1, "likes|*": 1, "likes|yes": 1, "why|*": 1, "colours|*": 1, "colours|red": 1, "colours|other": 1, "score|*": 1, "score|4": 1 });
  });

  it("keeps who answered a named survey, and not an anonymous one", async () => {
    const person = await createUser(db());
    const named = await createSurvey(db(), { anonymous: false, audience: "signed_in" });
    const anonymous = await createSurvey(db(), { anonymous: true, audience: "signed_in" });
    await submitAnswers(person, named.id, submission({ likes: "no" }));
    await submitAnswers(person, anonymous.id, submission({ likes: "no" }));
    expect((await responseRows(named.id))[0]?.respondentId).toBe(person.id);
    expect((await responseRows(anonymous.id))[0]?.respondentId).toBeNull();
  });

  it("drops answers to questions the answers hide", async () => {
    const survey = await createSurvey(db());
    await submitAnswers(null, survey.id, submission({ likes: "no", colours: ["red"], score: 5 }));
    expect((await responseRows(survey.id))[0]?.answers).toEqual({ likes: "no" });
    expect(Object.keys(await tallies(survey.id)).sort()).toEqual(["*|*", "likes|*", "likes|no"]);
  });

  it("returns the first response for a repeated submission key: one row, counted once", async () => {
    const person = await createUser(db());
    const survey = await createSurvey(db(), { audience: "signed_in" });
    const input = submission({ likes: "yes", colours: ["blue"] });
    const first = await submitAnswers(person, survey.id, input);
    const again = await submitAnswers(person, survey.id, input);
    expect(again).toEqual({ reference: first.reference, repeated: true });
    expect(await responseRows(survey.id)).toHaveLength(1);
    expect((await tallies(survey.id))["*|*"]).toBe(1);
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, person.email))).toHaveLength(1);
  });

  it.each([
    ["named", false],
    ["anonymous", true],
  ])("never hands someone else's reference back on a %s survey: their key is a different key", async (_kind, anonymous) => {
    const survey = await createSurvey(db(), { audience: "anyone", anonymous });
    const input = submission({ likes: "no" });
    const first = await submitAnswers(await createUser(db()), survey.id, input);
    // Another account, and someone without one, sending the same key make responses of their own.
    for (const sender of [await createUser(db()), null]) {
      const other = await submitAnswers(sender, survey.id, input);
      expect(other.reference).not.toBe(first.reference);
      expect(other.repeated).toBe(false);
    }
    expect(await submitAnswers(null, survey.id, input)).toMatchObject({ repeated: true });
    expect(await responseRows(survey.id)).toHaveLength(3);
  });

  it("ignores organisation details sent to a survey that does not ask for them", async () => {
    const survey = await createSurvey(db());
    const organisation = { organisationName: "Not asked Ltd", sector: "C" as const, sizeBand: "micro" as const, neighbourhoodId: randomUUID() };
    await submitAnswers(null, survey.id, submission({ likes: "no" }, { organisation }));
    expect((await responseRows(survey.id))[0]).toMatchObject({ organisationName: null, sector: null, sizeBand: null, neighbourhoodId: null });
    expect(Object.keys(await tallies(survey.id)).filter((key) => key.startsWith("org."))).toEqual([]);
  });

  it("makes one response when the same submission arrives several times at once", async () => {
    const person = await createUser(db());
    const survey = await createSurvey(db(), { audience: "signed_in" });
    const input = submission({ likes: "yes", colours: ["red"] });
    const results = await Promise.all([1, 2, 3].map(() => submitAnswers(person, survey.id, input)));
    expect(new Set(results.map((result) => result.reference)).size).toBe(1);
    expect(await rateLimitSpent(db(), `survey-submit:${person.id}`)).toBe(1);
    expect(results.filter((result) => !result.repeated)).toHaveLength(1);
    expect(await responseRows(survey.id)).toHaveLength(1);
    expect((await tallies(survey.id))["colours|red"]).toBe(1);
  });

  it("lets only one of several simultaneous responses by one person through a one-per-person survey", async () => {
    const person = await createUser(db());
    const survey = await createSurvey(db(), { audience: "signed_in", onePerPerson: true });
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => submitAnswers(person, survey.id, submission({ likes: "no" }))));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toEqual(new ConflictError(ALREADY_ANSWERED));
    expect(await responseRows(survey.id)).toHaveLength(1);
    expect((await tallies(survey.id))["*|*"]).toBe(1);
  });

  it("refuses a submission key already used on another survey", async () => {
    const [one, two] = [await createSurvey(db()), await createSurvey(db())];
    const input = submission({ likes: "no" });
    await submitAnswers(null, one.id, input);
    expect(await fieldErrors(submitAnswers(null, two.id, input))).toEqual({ submissionKey: ["Use a new key for each response."] });
    expect(await responseRows(two.id)).toHaveLength(0);
  });

  it("allows one response per person where the survey says so, even when anonymous", async () => {
    const person = await createUser(db());
    for (const anonymous of [false, true]) {
      const survey = await createSurvey(db(), { audience: "signed_in", onePerPerson: true, anonymous });
      await submitAnswers(person, survey.id, submission({ likes: "yes", colours: ["red"] }));
      await expect(submitAnswers(person, survey.id, submission({ likes: "no" }))).rejects.toThrow(new ConflictError(ALREADY_ANSWERED));
      expect(await responseRows(survey.id)).toHaveLength(1);
      expect((await tallies(survey.id))["likes|no"]).toBeUndefined();
    }
    const other = await createUser(db());
    const shared = await createSurvey(db(), { audience: "signed_in", onePerPerson: true });
    await submitAnswers(person, shared.id, submission({ likes: "no" }));
    await submitAnswers(other, shared.id, submission({ likes: "no" }));
    expect(await responseRows(shared.id)).toHaveLength(2);
  });
});

describe("submitAnswers: when and who", () => {
  const now = Date.now();

  it("refuses surveys that are closed, not open yet, or drafts", async () => {
    const input = () => submission({ likes: "no" });
    const closedByDate = await createSurvey(db(), { opensAt: new Date(now - 10 * DAY), closesAt: new Date(now - DAY) });
    expect((await englishRefusal(submitAnswers(null, closedByDate.id, input()))).message).toMatch(/^This survey closed on \d{1,2} \w+ \d{4}\.$/);
    const closed = await createSurvey(db(), { status: "closed" });
    await expect(submitAnswers(null, closed.id, input())).rejects.toThrow(new ConflictError("problems.survey.closed"));
    expect((await englishRefusal(submitAnswers(null, closed.id, input()))).message).toBe("This survey is closed.");
    const notYet = await createSurvey(db(), { opensAt: new Date(now + 3 * DAY) });
    expect((await englishRefusal(submitAnswers(null, notYet.id, input()))).message).toMatch(/^This survey opens on /);
    const draft = await createSurvey(db(), { status: "draft" });
    await expect(submitAnswers(null, draft.id, input())).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAnswers(null, randomUUID(), input())).rejects.toBeInstanceOf(NotFoundError);
    for (const survey of [closedByDate, closed, notYet, draft]) expect(await responseRows(survey.id)).toHaveLength(0);
  });

  it("asks people to sign in for signed-in surveys", async () => {
    const survey = await createSurvey(db(), { audience: "signed_in" });
    await expect(submitAnswers(null, survey.id, submission({ likes: "no" }))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  describe("the employer skills-gap survey", () => {
    let survey: SurveyRow;
    let neighbourhoodId: string;
    const answers: Answers = { skills_gaps: "yes", gap_skills: ["english", "driving"], hired_before: "no", would_consider: "maybe", barriers: ["paperwork"], support_wanted: ["paperwork_guidance"] };
    const organisation = () => ({ organisationName: "Godiva Care Services", sector: "Q" as const, sizeBand: "small" as const, neighbourhoodId });

    beforeAll(async () => {
      survey = await createSurvey(db(), { definition: SKILLS_GAP_SURVEY.definition, audience: "employers", anonymous: false, onePerPerson: true, asksOrganisation: true });
      const [place] = await db().insert(neighbourhoods).values({ slug: uniqueTag("place-"), name: "Test neighbourhood" }).returning({ id: neighbourhoods.id });
      neighbourhoodId = place?.id ?? "";
    });

    it("is for employers only", async () => {
      await expect(submitAnswers(null, survey.id, submission(answers, { organisation: organisation() }))).rejects.toBeInstanceOf(UnauthenticatedError);
      for (const role of ["resident", "partner", "officer"] as const) {
        await expect(submitAnswers(await createUser(db(), { role }), survey.id, submission(answers, { organisation: organisation() }))).rejects.toBeInstanceOf(ForbiddenError);
      }
      const employer = await createUser(db(), { role: "employer" });
      await submitAnswers(employer, survey.id, submission(answers, { organisation: organisation() }));
      const [row] = (await responseRows(survey.id)).filter((item) => item.respondentId === employer.id);
      expect(row).toMatchObject({ organisationName: "Godiva Care Services", sector: "Q", sizeBand: "small", neighbourhoodId });
      const counts = await tallies(survey.id);
      expect([counts["org.sector|Q"], counts["org.size|small"], counts[`org.neighbourhood|${neighbourhoodId}`], counts["barriers|paperwork"]]).toEqual([1, 1, 1, 1]);
    });

    it("needs the organisation", async () => {
      const employer = await createUser(db(), { role: "employer" });
      expect(Object.keys(await fieldErrors(submitAnswers(employer, survey.id, submission(answers)))).sort()).toEqual(["org.neighbourhoodId", "org.organisationName", "org.sector", "org.sizeBand"]);
    });
  });
});

describe("submitAnswers: limits for people without an account", () => {
  it("allows 100 responses an hour from one network address, then refuses, saving nothing", async () => {
    const survey = await createSurvey(db());
    const ip = `198.51.100.${uniqueTag()}`;
    await db().transaction(async (tx) => {
      for (let used = 1; used < ANONYMOUS_SUBMISSION_RATE.limit; used += 1) await consumeRateLimit(tx, `survey-submit-ip:${ip}`, ANONYMOUS_SUBMISSION_RATE);
    });
    await submitAnswers(null, survey.id, submission({ likes: "no" }), { ip });
    await expect(submitAnswers(null, survey.id, submission({ likes: "no" }), { ip })).rejects.toBeInstanceOf(RateLimitedError);
    await submitAnswers(null, survey.id, submission({ likes: "no" }), { ip: `${ip}-elsewhere` });
    expect(await responseRows(survey.id)).toHaveLength(2);
  });
});

describe("submitAnswers: bad answers", () => {
  it("refuses question ids from another survey, saving nothing", async () => {
    const survey = await createSurvey(db());
    const before = await tallies(survey.id);
    expect(await fieldErrors(submitAnswers(null, survey.id, submission({ likes: "yes", skills_gaps: "yes" })))).toEqual({ "answers.skills_gaps": ["“skills_gaps” is not a question in this survey."] });
    expect(await responseRows(survey.id)).toHaveLength(0);
    expect(await tallies(survey.id)).toEqual(before);
  });

  it("puts a message on each field with a wrong answer, and saves nothing", async () => {
    const survey = await createSurvey(db());
    const errors = await fieldErrors(submitAnswers(null, survey.id, submission({ likes: "yes", why: 42, colours: ["green"], score: 9 })));
    expect(errors).toEqual({
      "q.why": ["The answer for “Why?” is not in the expected form."],
      "q.colours": ["Select from the answers listed for “Which colours?”."],
      "q.score": ["Select a point from 1 to 5 for “Score”."],
    });
    expect(await fieldErrors(submitAnswers(null, survey.id, submission({ likes: "  " })))).toEqual({ "q.likes": ["Select an answer for “Do you like it?”."] });
    expect(await fieldErrors(submitAnswers(null, survey.id, submission({ likes: "yes", colours: ["other"] })))).toEqual({ "q.colours": ["Enter your other answer for “Which colours?”."] });
    expect(await responseRows(survey.id)).toHaveLength(0);
    expect(await tallies(survey.id)).toEqual({});
  });
});

describe("finaliseResponse", () => {
  it("moves the tallies in the caller's transaction: a rollback leaves neither response nor counts", async () => {
    const survey = await createSurvey(db());
    await expect(
      db().transaction(async (tx) => {
        await submitResponseIn(tx, survey, null, submission({ likes: "yes", colours: ["red"] }));
        throw new Error("something later in the transaction failed");
      }),
    ).rejects.toThrow("something later");
    expect(await responseRows(survey.id)).toHaveLength(0);
    expect(await tallies(survey.id)).toEqual({});
  });

  it("queues a receipt when an address is known, and none otherwise", async () => {
    const person = await createUser(db());
    const survey = await createSurvey(db());
    const named = await submitAnswers(person, survey.id, submission({ likes: "no" }));
    const [receipt] = await db().select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, person.email), eq(emailOutbox.category, "survey-receipt")));
    expect(receipt?.textBody).toContain(named.reference);
    const anonymous = await submitAnswers(null, survey.id, submission({ likes: "no" }));
    const [row] = (await responseRows(survey.id)).filter((item) => item.reference === anonymous.reference);
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `survey-receipt:${row?.id}`))).toHaveLength(0);
  });

  it("submits a draft once: a submitted response is returned as it is, a stale draft is refused", async () => {
    const survey = await createSurvey(db());
    const [draft] = await db().insert(surveyResponses).values({ surveyId: survey.id, answers: { likes: "no", colours: ["red"] }, surveyVersion: 1 }).returning();
    if (!draft) throw new Error("no draft");
    const first = await finaliseResponse(db(), survey, draft, { userId: null, email: null });
    const [submitted] = await responseRows(survey.id);
    expect(submitted?.answers).toEqual({ likes: "no" });
    expect(await finaliseResponse(db(), survey, submitted ?? draft, { userId: null, email: null })).toEqual(first);
    await expect(finaliseResponse(db(), survey, draft, { userId: null, email: null })).rejects.toThrow(new ConflictError("problems.survey.alreadySubmitted"));
    expect((await tallies(survey.id))["*|*"]).toBe(1);
  });
});
