/**
 * A month of activity on a theme of its own (November 2026, with October before it), the figures
 * the summary tests expect from it, and a second theme with activity that must not leak in.
 */
import { getDb } from "@/lib/db/client";
import { surveyThemes } from "@/lib/db/schema";
import { addComments, createTheme, createThemedTopic } from "./summary-fixtures";
import { createSurvey, SKILLS_GAP_SURVEY } from "./survey-fixtures";
import { skillsGapAnswers, submitPlanned } from "./survey-response-fixtures";

export const NOVEMBER = "2026-11";
/** A moment after November 2026 ended in London: the scheduler then reports on November. */
export const EARLY_DECEMBER = new Date("2026-12-01T09:00:00Z");
export const HELPFUL = "The skills hub should open on Saturdays so that people who work shifts can get advice too, and it should offer English classes alongside the careers advice, with a crèche for parents.";

export async function seedActivity() {
  const theme = await createTheme("Jobs");
  const other = await createTheme("Other");
  const quietTheme = await createTheme("Quiet");
  const hub = await createThemedTopic({ title: "A skills hub", themeIds: [theme.id], publishedAt: new Date("2026-11-05T10:00:00Z"), closesOn: "2026-12-08" });
  const buses = await createThemedTopic({ title: "B bus routes", themeIds: [theme.id, other.id], publishedAt: new Date("2026-09-01T10:00:00Z"), closesOn: "2027-01-31" });
  const parks = await createThemedTopic({ title: "C parks", themeIds: [theme.id], status: "outcome", publishedAt: new Date("2026-06-01T10:00:00Z"), outcomePublishedAt: new Date("2026-11-20T10:00:00Z") });
  const elsewhere = await createThemedTopic({ title: "D elsewhere", themeIds: [other.id], publishedAt: new Date("2026-11-02T10:00:00Z") });
  const draft = await createThemedTopic({ title: "E draft", themeIds: [theme.id], status: "draft" });

  await addComments(hub.id, "2026-11-10T12:00:00Z", 3);
  await addComments(hub.id, "2026-11-11T12:00:00Z", 1, { body: HELPFUL, helpfulCount: 5 });
  await addComments(hub.id, "2026-11-12T12:00:00Z", 1, { status: "held", body: "HELD comment that must never be quoted or counted", helpfulCount: 9 });
  await addComments(hub.id, "2026-11-12T12:00:00Z", 1, { status: "hidden", body: "HIDDEN comment that must never be quoted or counted", helpfulCount: 9 });
  await addComments(hub.id, "2026-11-13T12:00:00Z", 1, { body: "FLAGGED comment that is published but reported by someone", helpfulCount: 8, flagCount: 1 });
  await addComments(hub.id, "2026-10-20T12:00:00Z", 1);
  await addComments(buses.id, "2026-11-30T23:30:00Z", 2);
  // 23:30 on 30 November belongs to November; 00:30 on 1 December (London is on GMT) to December.
  await addComments(buses.id, "2026-12-01T00:30:00Z", 1);
  await addComments(buses.id, "2026-10-05T12:00:00Z", 2);
  await addComments(buses.id, "2026-09-05T12:00:00Z", 1);
  await addComments(elsewhere.id, "2026-11-15T12:00:00Z", 5);
  await addComments(draft.id, "2026-11-15T12:00:00Z", 3);

  // The employer survey, tied to the theme: 10 responses (8 reporting skills gaps), 6 in November.
  const survey = await createSurvey(getDb(), { title: "Employer skills survey", definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: false });
  await getDb().insert(surveyThemes).values({ surveyId: survey.id, themeId: theme.id });
  await submitPlanned(
    survey,
    Array.from({ length: 10 }, (_, index) => ({ answers: skillsGapAnswers(index), at: new Date(index < 6 ? `2026-11-0${index + 1}T12:00:00Z` : `2026-10-1${index}T12:00:00Z`) })),
  );
  const small = await createSurvey(getDb(), { title: "Small survey" });
  await getDb().insert(surveyThemes).values({ surveyId: small.id, themeId: theme.id });
  await submitPlanned(small, [0, 1].map((index) => ({ answers: { likes: "yes", colours: ["red"] }, at: new Date(`2026-11-2${index}T12:00:00Z`) })));

  return { theme, other, quietTheme, hub, buses, parks, elsewhere, draft, survey, small };
}
