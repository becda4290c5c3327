import "server-only";
import { asc } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { themes } from "@/lib/db/schema";
import type { SummaryContact } from "@/lib/server/partners/shared/read-contacts";

/** Every theme in the plan's order: what an "all themes" contact follows. */
export function readThemes(executor: Executor) {
  return executor.select({ id: themes.id, name: themes.name }).from(themes).orderBy(asc(themes.sortOrder), asc(themes.name));
}

/** The themes a contact follows, in the plan's order. */
export function contactThemes(contact: SummaryContact, all: { id: string; name: string }[]) {
  return contact.allThemes ? all : all.filter((theme) => contact.themeIds.includes(theme.id));
}
