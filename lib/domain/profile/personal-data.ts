import type { Answers } from "@/lib/domain/surveys/answer-types";

/** Everything held about one person, as "Your data" gives it to them (JSON, and a readable page). */
export type PersonalData = {
  generatedAt: string;
  profile: { name: string | null; email: string; role: string; neighbourhood: string | null; organisation: string | null; organisationRole: string | null; language: string | null; joined: string };
  comments: { topic: string; body: string; status: string; postedAt: string; editedAt: string | null; earlierWordings: string[] }[];
  helpfulMarks: { topic: string; comment: string; markedAt: string }[];
  reports: { topic: string; comment: string; reason: string; details: string | null; reportedAt: string }[];
  surveyResponses: { survey: string; status: string; reference: string | null; answers: Answers; startedAt: string; submittedAt: string | null }[];
  /** What they changed in their organisation's shared survey responses (the responses are the organisation's). */
  surveyChanges: { survey: string; question: string; before: unknown; after: unknown; changedAt: string }[];
  /** Their requests to join organisations, while kept (see the retention periods). */
  joinRequests: { organisation: string; status: string; message: string; askedAt: string; answeredAt: string | null }[];
  /** Invitations to join an organisation sent to their address, while kept. */
  invitations: { organisation: string; sentAt: string; expiresAt: string; acceptedAt: string | null; withdrawnAt: string | null }[];
  /** Surveys sent to their address as a campaign, and how far they got. */
  surveyInvitations: { survey: string; invitedAt: string | null; submittedAt: string | null; unsubscribedAt: string | null }[];
  followedTopics: { topic: string; since: string }[];
  consents: { wording: string; version: string; givenAt: string }[];
  emails: { subject: string; category: string; status: string; createdAt: string; sentAt: string | null; text: string | null }[];
  /** Their optional "about you" (equalities) answers, by question and answer key (see lib/domain/equalities/questions.ts). */
  aboutYou: { question: string; answer: string; savedAt: string }[];
  /** When they were invited to answer those questions, and when they said "No thanks" (at most one row). */
  aboutYouInvitation: { askedAt: string; declinedAt: string | null }[];
};

/** The sections of "Your data", in the order the page, the download and the readable copy give them. */
export const PERSONAL_DATA_SECTIONS = [
  "profile",
  "comments",
  "helpfulMarks",
  "reports",
  "surveyResponses",
  "surveyChanges",
  "joinRequests",
  "invitations",
  "surveyInvitations",
  "followedTopics",
  "consents",
  "emails",
  "aboutYou",
  "aboutYouInvitation",
] as const satisfies readonly (keyof PersonalData)[];
export type PersonalDataSection = (typeof PERSONAL_DATA_SECTIONS)[number];
