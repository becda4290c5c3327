import type { Answers } from "@/lib/domain/surveys/answer-types";

/** Everything held about one person, as "Your data" gives it to them (JSON, and a readable page). */
export type PersonalData = {
  generatedAt: string;
  profile: { name: string | null; email: string; role: string; neighbourhood: string | null; organisation: string | null; joined: string };
  comments: { topic: string; body: string; status: string; postedAt: string; editedAt: string | null; earlierWordings: string[] }[];
  helpfulMarks: { topic: string; comment: string; markedAt: string }[];
  reports: { topic: string; comment: string; reason: string; details: string | null; reportedAt: string }[];
  surveyResponses: { survey: string; status: string; reference: string | null; answers: Answers; startedAt: string; submittedAt: string | null }[];
  /** What they changed in their organisation's shared survey responses (the responses are the organisation's). */
  surveyChanges: { survey: string; question: string; before: unknown; after: unknown; changedAt: string }[];
  followedTopics: { topic: string; since: string }[];
  consents: { wording: string; version: string; givenAt: string }[];
  emails: { subject: string; category: string; status: string; createdAt: string; sentAt: string | null; text: string | null }[];
};
