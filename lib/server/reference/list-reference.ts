import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { neighbourhoods, organisations } from "@/lib/db/schema";

export async function listNeighbourhoods() {
  return getDb()
    .select({ id: neighbourhoods.id, name: neighbourhoods.name, isPriority: neighbourhoods.isPriority })
    .from(neighbourhoods)
    .orderBy(asc(neighbourhoods.name));
}

export async function listOrganisations() {
  return getDb().select({ id: organisations.id, name: organisations.name, type: organisations.type }).from(organisations).orderBy(asc(organisations.name));
}
