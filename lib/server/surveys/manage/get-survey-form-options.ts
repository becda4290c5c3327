import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { topics } from "@/lib/db/schema";
import { listThemes } from "@/lib/server/reference/list-reference";

/** The choices the survey settings form offers: themes, and topics to link the survey to. */
export async function getSurveyFormOptions() {
  const [themes, topicRows] = await Promise.all([listThemes(), getDb().select({ id: topics.id, name: topics.title }).from(topics).orderBy(asc(topics.title))]);
  return { themes, topics: topicRows };
}
