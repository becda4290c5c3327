import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { equalitiesProfiles } from "@/lib/db/schema";
import { NO_ANSWERS, type EqualitiesAnswers } from "@/lib/domain/equalities/questions";
import { ANSWER_COLUMNS, answersOf } from "./shared/profile-columns";

export type AboutYou = { answers: EqualitiesAnswers; answeredAt: Date | null; askedAt: Date | null; declinedAt: Date | null };

/** The signed-in person's own "about you" answers (none when they have not answered). Nobody else's. */
export async function getAboutYou(user: CurrentUser): Promise<AboutYou> {
  const [row] = await getDb()
    .select({ ...ANSWER_COLUMNS, answeredAt: equalitiesProfiles.answeredAt, askedAt: equalitiesProfiles.askedAt, declinedAt: equalitiesProfiles.declinedAt })
    .from(equalitiesProfiles)
    .where(eq(equalitiesProfiles.userId, user.id));
  if (!row) return { answers: NO_ANSWERS, answeredAt: null, askedAt: null, declinedAt: null };
  return { answers: answersOf(row), answeredAt: row.answeredAt, askedAt: row.askedAt, declinedAt: row.declinedAt };
}
