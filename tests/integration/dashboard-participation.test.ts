import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getParticipation, type ParticipationWeek } from "@/lib/server/dashboard/get-participation";
import type { ParticipationFilters } from "@/lib/server/dashboard/shared/participation-scope";
import { insertComment } from "../support/comment-fixtures";
import { at, insertResponse, tagSurvey, tagTopic } from "../support/dashboard-fixtures";
import { createTopic, createUser } from "../support/factories";
import { createSurvey } from "../support/survey-fixtures";
import { insertReferenceRows, neighbourhood, theme } from "../support/topic-fixtures";

// A Wednesday in 2003: the twelve weeks run from Monday 13 January to the week of Monday 31 March.
// British Summer Time began at 01:00 UTC on Sunday 30 March 2003.
const NOW = at("2003-04-02T12:00:00Z");
const WEEKS = ["01-13", "01-20", "01-27", "02-03", "02-10", "02-17", "02-24", "03-03", "03-10", "03-17", "03-24", "03-31"].map((day) => `2003-${day}`);

type Counts = Partial<Record<string, [comments: number, responses: number, newParticipants: number]>>;

/** Every one of the twelve weeks, zero unless `counts` says otherwise. */
const expected = (counts: Counts): ParticipationWeek[] =>
  WEEKS.map((weekStart) => {
    const [comments, responses, newParticipants] = counts[weekStart] ?? [0, 0, 0];
    return { weekStart, comments, responses, newParticipants };
  });

const read = async (filters: ParticipationFilters = {}) => (await getParticipation(filters, NOW)).weeks;

beforeAll(async () => {
  await insertReferenceRows();
  const db = getDb();
  const [alice, bina, carl, dev] = await Promise.all([1, 2, 3, 4].map(() => createUser(db)));
  if (!alice || !bina || !carl || !dev) throw new Error("people missing");
  // Topic one: theme 0, neighbourhood 0. Topic two: theme 1, neighbourhood 1.
  const one = await createTopic(db);
  const two = await createTopic(db);
  await tagTopic(one.id, { themeId: theme(0).id, neighbourhoodId: neighbourhood(0).id });
  await tagTopic(two.id, { themeId: theme(1).id, neighbourhoodId: neighbourhood(1).id });
  // Named survey with theme 0; anonymous survey with theme 1.
  const named = await createSurvey(db, { anonymous: false });
  const anonymous = await createSurvey(db, { anonymous: true });
  await tagSurvey(named.id, theme(0).id);
  await tagSurvey(anonymous.id, theme(1).id);

  // Alice comments and responds in her first week (one new participant, not two), then comments again.
  await insertComment({ topicId: one.id, authorId: alice.id, createdAt: at("2003-01-14T10:00:00Z") });
  await insertResponse(named, { submittedAt: at("2003-01-15T10:00:00Z"), respondentId: alice.id });
  await insertComment({ topicId: one.id, authorId: alice.id, createdAt: at("2003-02-05T10:00:00Z") });
  // Bina: a held comment (not counted), a named response (her first), and a comment at 00:30 on a
  // Monday in British Summer Time, which is still Sunday in UTC.
  await insertComment({ topicId: one.id, authorId: bina.id, status: "held", createdAt: at("2003-02-04T10:00:00Z") });
  await insertResponse(named, { submittedAt: at("2003-02-05T11:00:00Z"), respondentId: bina.id });
  await insertComment({ topicId: two.id, authorId: bina.id, createdAt: at("2003-03-30T23:30:00Z") });
  // Carl first commented before the twelve weeks: never new in them.
  await insertComment({ topicId: one.id, authorId: carl.id, createdAt: at("2002-12-01T10:00:00Z") });
  await insertComment({ topicId: one.id, authorId: carl.id, createdAt: at("2003-03-04T10:00:00Z") });
  // Dev only answers the named survey.
  await insertResponse(named, { submittedAt: at("2003-02-06T10:00:00Z"), respondentId: dev.id });
  // A comment whose author's account is gone: a comment, nobody new.
  await insertComment({ topicId: two.id, authorId: null, createdAt: at("2003-02-20T10:00:00Z") });
  // Three anonymous responses from organisations in neighbourhood 1, and an unfinished draft.
  for (const time of ["2003-03-11T10:00:00Z", "2003-03-12T09:00:00Z", "2003-03-12T15:00:00Z"]) {
    await insertResponse(anonymous, { submittedAt: at(time), neighbourhoodId: neighbourhood(1).id });
  }
  await insertResponse(anonymous, { submittedAt: null, neighbourhoodId: neighbourhood(1).id });
  // After the twelve weeks: not counted.
  await insertComment({ topicId: one.id, authorId: dev.id, createdAt: at("2003-04-07T10:00:00Z") });
});

describe("participation per week", () => {
  it("adds up the twelve weeks, each person new once", async () => {
    expect((await getParticipation({}, NOW)).totals).toEqual({ comments: 5, responses: 6, newParticipants: 3 });
  });

  it("counts every week of the twelve, Monday to Sunday in London time, empty weeks as zero", async () => {
    expect(await read()).toEqual(
      expected({
        "2003-01-13": [1, 1, 1],
        "2003-02-03": [1, 2, 2],
        "2003-02-17": [1, 0, 0],
        "2003-03-03": [1, 0, 0],
        "2003-03-10": [0, 3, 0],
        "2003-03-31": [1, 0, 0],
      }),
    );
  });

  it("filters by theme: comments on the theme's topics, responses to its surveys, people new to it", async () => {
    expect(await read({ themeId: theme(0).id })).toEqual(expected({ "2003-01-13": [1, 1, 1], "2003-02-03": [1, 2, 2], "2003-03-03": [1, 0, 0] }));
    // Bina is new to theme 1 when she first comments on it, though she took part before.
    expect(await read({ themeId: theme(1).id })).toEqual(expected({ "2003-02-17": [1, 0, 0], "2003-03-10": [0, 3, 0], "2003-03-31": [1, 0, 1] }));
  });

  it("filters by neighbourhood: comments on topics about it, responses from organisations there", async () => {
    expect(await read({ neighbourhoodId: neighbourhood(1).id })).toEqual(expected({ "2003-02-17": [1, 0, 0], "2003-03-10": [0, 3, 0], "2003-03-31": [1, 0, 1] }));
    expect(await read({ neighbourhoodId: neighbourhood(0).id })).toEqual(expected({ "2003-01-13": [1, 0, 1], "2003-02-03": [1, 0, 0], "2003-03-03": [1, 0, 0] }));
  });

  it("combines the filters, and says zero where nothing matches both", async () => {
    expect(await read({ themeId: theme(0).id, neighbourhoodId: neighbourhood(1).id })).toEqual(expected({}));
  });
});
