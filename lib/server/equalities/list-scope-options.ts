import "server-only";
import { asc, ne } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { surveys, topics } from "@/lib/db/schema";
import type { ScopeOptions } from "@/lib/domain/equalities/views";
import { ForbiddenError } from "@/lib/errors";
import { listNeighbourhoods, listThemes } from "@/lib/server/reference/list-reference";


/** What the equalities views can be counted for: published topics and surveys, every theme and neighbourhood. */
export async function listScopeOptions(user: CurrentUser): Promise<ScopeOptions> {
  if (!can(user.role, "equalities:view")) throw new ForbiddenError();
  const db = getDb();
  const [topicRows, surveyRows, themeRows, places] = await Promise.all([
    db.select({ id: topics.id, name: topics.title }).from(topics).where(ne(topics.status, "draft")).orderBy(asc(topics.title)),
    db.select({ id: surveys.id, name: surveys.title }).from(surveys).where(ne(surveys.status, "draft")).orderBy(asc(surveys.title)),
    listThemes(),
    listNeighbourhoods(),
  ]);
  return { topics: topicRows, surveys: surveyRows, themes: themeRows, neighbourhoods: places };
}
