import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { communitiesOfInterest, neighbourhoods, themes } from "@/lib/db/schema";

export async function listNeighbourhoods() {
  return getDb()
    .select({ id: neighbourhoods.id, slug: neighbourhoods.slug, name: neighbourhoods.name, isPriority: neighbourhoods.isPriority })
    .from(neighbourhoods)
    .orderBy(asc(neighbourhoods.name));
}

export async function listThemes() {
  return getDb().select({ id: themes.id, slug: themes.slug, name: themes.name }).from(themes).orderBy(asc(themes.sortOrder));
}

export async function listCommunities() {
  return getDb().select({ id: communitiesOfInterest.id, slug: communitiesOfInterest.slug, name: communitiesOfInterest.name }).from(communitiesOfInterest).orderBy(asc(communitiesOfInterest.sortOrder));
}
