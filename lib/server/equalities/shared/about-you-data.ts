import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { equalitiesProfiles } from "@/lib/db/schema";
import { EQUALITIES_QUESTIONS } from "@/lib/domain/equalities/questions";
import type { PersonalData } from "@/lib/domain/profile/personal-data";
import { ANSWER_COLUMNS, answersOf } from "./profile-columns";

/** The person's "about you" answers (one row per question answered) and when they were invited, for "Your data". */
export async function aboutYouData(executor: Executor, userId: string): Promise<Pick<PersonalData, "aboutYou" | "aboutYouInvitation">> {
  const [row] = await executor
    .select({ ...ANSWER_COLUMNS, answeredAt: equalitiesProfiles.answeredAt, askedAt: equalitiesProfiles.askedAt, declinedAt: equalitiesProfiles.declinedAt })
    .from(equalitiesProfiles)
    .where(eq(equalitiesProfiles.userId, userId));
  if (!row) return { aboutYou: [], aboutYouInvitation: [] };
  const answers = answersOf(row);
  const savedAt = row.answeredAt?.toISOString() ?? "";
  return {
    aboutYou: EQUALITIES_QUESTIONS.flatMap((question) => {
      const answer = answers[question];
      return answer === null ? [] : [{ question, answer, savedAt }];
    }),
    aboutYouInvitation: row.askedAt ? [{ askedAt: row.askedAt.toISOString(), declinedAt: row.declinedAt?.toISOString() ?? null }] : [],
  };
}
