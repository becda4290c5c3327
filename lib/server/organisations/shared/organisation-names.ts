import "server-only";
import { and, eq, like, ne, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { organisations } from "@/lib/db/schema";
import { message, ValidationError, type MessageKey } from "@/lib/errors";
import { firstFreeSlug, slugify } from "@/lib/text/slugify";

/** A slug made from the name, unique among organisations. */
export async function uniqueOrganisationSlug(tx: Executor, name: string): Promise<string> {
  const base = slugify(name) || "organisation";
  const taken = await tx.select({ slug: organisations.slug }).from(organisations).where(like(organisations.slug, `${base}%`));
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

/** Organisation names are unique, ignoring case: a clash is a problem on the name field, said with `key`. */
export async function assertOrganisationNameFree(tx: Executor, name: string, key: MessageKey, exceptId?: string): Promise<void> {
  const [clash] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(sql`lower(${organisations.name})`, name.toLowerCase()), exceptId ? ne(organisations.id, exceptId) : undefined));
  if (clash) {
    const taken = message(key, { name });
    throw new ValidationError(taken, { name: [taken] });
  }
}
