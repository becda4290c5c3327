import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Role } from "@/lib/domain/access/roles";
import { getDb } from "@/lib/db/client";
import { equalitiesProfiles, surveyResponses, users } from "@/lib/db/schema";
import { NO_ANSWERS, type EqualitiesAnswers } from "@/lib/domain/equalities/questions";
import { answerValues } from "@/lib/server/equalities/shared/profile-columns";
import { eq } from "drizzle-orm";
import { insertComment } from "./comment-fixtures";
import { createUser } from "./factories";

type Options = { role?: Role; neighbourhoodId?: string; answers?: Partial<EqualitiesAnswers> | null };

/** A person with "about you" answers (none when `answers` is null), written straight to the table. */
export async function personWithAnswers(options: Options = {}): Promise<CurrentUser> {
  const db = getDb();
  const person = await createUser(db, { role: options.role ?? "resident" });
  if (options.neighbourhoodId) await db.update(users).set({ neighbourhoodId: options.neighbourhoodId }).where(eq(users.id, person.id));
  if (options.answers !== null) {
    await db.insert(equalitiesProfiles).values({ userId: person.id, ...answerValues({ ...NO_ANSWERS, ...options.answers }), answeredAt: new Date() });
  }
  return person;
}

/** `count` people, each with the answers, each commenting (published) on the topic. */
export async function commenters(topicId: string, count: number, options: Options = {}): Promise<CurrentUser[]> {
  const people: CurrentUser[] = [];
  for (let index = 0; index < count; index += 1) {
    const person = await personWithAnswers(options);
    await insertComment({ topicId, authorId: person.id });
    people.push(person);
  }
  return people;
}

/** A submitted response to a survey by the person, linked to them (a named survey's). */
export async function submittedResponse(surveyId: string, person: CurrentUser): Promise<void> {
  await getDb().insert(surveyResponses).values({ surveyId, respondentId: person.id, status: "submitted", reference: `LT-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase(), surveyVersion: 1, submittedAt: new Date() });
}
