import "server-only";
import { and, eq, inArray, like, ne } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveys, surveyThemes, themes, topics } from "@/lib/db/schema";
import { fieldProblem, ValidationError } from "@/lib/errors";
import { endOfLondonDay, startOfLondonDay } from "@/lib/domain/surveys/builder/london-day";
import { slugify } from "@/lib/text/slugify";
import type { TSurveySettingsInput } from "@/lib/validations/survey-settings";

async function chooseSlug(tx: Executor, input: TSurveySettingsInput, exceptId?: string): Promise<string> {
  const notThis = exceptId ? ne(surveys.id, exceptId) : undefined;
  if (input.slug) {
    const [taken] = await tx.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.slug, input.slug), notThis));
    if (taken) throw new ValidationError("problems.surveySettings.slugTaken", fieldProblem("slug", "validation.surveySettings.slugTaken"));
    return input.slug;
  }
  const base = slugify(input.title) || "survey";
  const taken = new Set((await tx.select({ slug: surveys.slug }).from(surveys).where(and(like(surveys.slug, `${base}%`), notThis))).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The survey columns a settings form sets, after checking its topic and themes exist. */
export async function surveySettingsValues(tx: Executor, input: TSurveySettingsInput, exceptId?: string) {
  if (input.topicId) {
    const [topic] = await tx.select({ id: topics.id }).from(topics).where(eq(topics.id, input.topicId));
    if (!topic) throw new ValidationError("validation.choose.topic", fieldProblem("topicId", "validation.choose.topic"));
  }
  if (input.themeIds.length) {
    const found = await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, input.themeIds));
    if (found.length !== input.themeIds.length) throw new ValidationError("validation.choose.themes", fieldProblem("themeIds", "validation.choose.themes"));
  }
  return {
    title: input.title,
    slug: await chooseSlug(tx, input, exceptId),
    summary: input.summary,
    opensAt: input.opensOn ? startOfLondonDay(input.opensOn) : null,
    closesAt: input.closesOn ? endOfLondonDay(input.closesOn) : null,
    audience: input.audience,
    anonymous: input.anonymity === "anonymous",
    onePerPerson: input.onePerPerson,
    asksOrganisation: input.asksOrganisation,
    requiresVerified: input.requiresVerified,
    onePerOrganisation: input.onePerOrganisation,
    topicId: input.topicId || null,
    thankYou: input.thankYou,
  };
}

export async function replaceSurveyThemes(tx: Executor, surveyId: string, themeIds: string[]): Promise<void> {
  await tx.delete(surveyThemes).where(eq(surveyThemes.surveyId, surveyId));
  if (themeIds.length) await tx.insert(surveyThemes).values(themeIds.map((themeId) => ({ surveyId, themeId })));
}
