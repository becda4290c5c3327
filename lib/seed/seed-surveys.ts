import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveys, surveyThemes, surveyVersions, topics } from "@/lib/db/schema";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { DEMO_SURVEYS } from "./demo-surveys";
import { seedSurveyResponses } from "./seed-survey-responses";

const DAY = 86_400_000;

/**
 * Seeds the demo surveys (open, with version 1 in their history). Surveys that already exist (by
 * slug) are left alone; new ones get their demo responses. Returns the ids of the surveys it created, by slug.
 */
export async function seedSurveys(
  tx: Executor,
  context: { today: Date; officerId: string | null; themeIds: Map<string, string> },
): Promise<Map<string, string>> {
  const created = new Map<string, string>();
  for (const demo of DEMO_SURVEYS) {
    const definition = ZSurveyDefinition.parse(demo.definition);
    const [topic] = demo.topicSlug ? await tx.select({ id: topics.id }).from(topics).where(eq(topics.slug, demo.topicSlug)) : [];
    const [survey] = await tx
      .insert(surveys)
      .values({
        slug: demo.slug,
        title: demo.title,
        summary: demo.summary,
        status: "open",
        opensAt: new Date(context.today.getTime() + demo.opensInDays * DAY),
        closesAt: new Date(context.today.getTime() + demo.closesInDays * DAY),
        audience: demo.audience,
        anonymous: demo.anonymous,
        onePerPerson: demo.onePerPerson,
        asksOrganisation: demo.asksOrganisation,
        topicId: topic?.id ?? null,
        thankYou: demo.thankYou,
        definition,
        createdBy: context.officerId,
      })
      .onConflictDoNothing({ target: surveys.slug })
      .returning({ id: surveys.id });
    if (!survey) continue;
    created.set(demo.slug, survey.id);
    await tx.insert(surveyVersions).values({ surveyId: survey.id, version: 1, definition, note: "First version", createdBy: context.officerId });
    const themeIds = demo.themeSlugs.map((slug) => context.themeIds.get(slug)).filter((id): id is string => Boolean(id));
    if (themeIds.length) await tx.insert(surveyThemes).values(themeIds.map((themeId) => ({ surveyId: survey.id, themeId })));
  }
  await seedSurveyResponses(tx, created, context.today);
  return created;
}
