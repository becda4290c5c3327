import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { surveys, surveyVersions } from "@/lib/db/schema";
import { SKILLS_GAP_SURVEY } from "@/lib/seed/demo-surveys";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { uniqueTag } from "./factories";

export type SurveyRow = typeof surveys.$inferSelect;
type Settings = Partial<Omit<typeof surveys.$inferInsert, "definition">> & { definition?: z.input<typeof ZSurveyDefinition> };

/** A small two-section survey: a yes/no question, and a section shown only to those who said yes. */
export const SMALL_SURVEY: z.input<typeof ZSurveyDefinition> = {
  sections: [
    {
      id: "first",
      title: "First",
      questions: [
        { id: "likes", type: "yes_no", title: "Do you like it?", required: true },
        { id: "why", type: "short_text", title: "Why?" },
      ],
    },
    {
      id: "more",
      title: "More",
      showIf: { questionId: "likes", operator: "equals", values: ["yes"] },
      questions: [
        { id: "colours", type: "multiple_choice", title: "Which colours?", required: true, allowOther: true, options: [{ id: "red", label: "Red" }, { id: "blue", label: "Blue" }] },
        { id: "score", type: "scale", title: "Score", points: 5 },
      ],
    },
  ],
};

/**
 * An open survey (audience anyone, anonymous, version 1 recorded) with a unique slug. Pass
 * `definition: SKILLS_GAP_SURVEY.definition` and `asksOrganisation: true` for the employer survey.
 */
export async function createSurvey(db: Database, settings: Settings = {}): Promise<SurveyRow> {
  const slug = settings.slug ?? uniqueTag("survey-");
  const definition = ZSurveyDefinition.parse(settings.definition ?? SMALL_SURVEY);
  const [row] = await db
    .insert(surveys)
    .values({ title: `Survey ${slug}`, summary: `About ${slug}`, status: "open", ...settings, slug, definition })
    .returning();
  if (!row) throw new Error("The test survey was not created");
  await db.insert(surveyVersions).values({ surveyId: row.id, version: row.version, definition, note: "First version" });
  return row;
}

export { SKILLS_GAP_SURVEY };
