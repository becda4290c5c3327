import { jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { PopulationCounts } from "@/lib/domain/equalities/compare";
import type { EqualitiesAnswer } from "@/lib/domain/equalities/questions";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./common";
import { neighbourhoods } from "./reference";

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * A person's optional "about you" (equalities monitoring) answers: one row per person, apart from
 * their comments and responses (nothing links an answer to anything they wrote), every answer
 * nullable (skipped), deleted with the account. Officers and partners never read a row: the only
 * reader outside the person's own pages is the aggregate use case, which returns suppressed counts.
 */
export const equalitiesProfiles = pgTable("equalities_profiles", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  ageBand: text("age_band").$type<EqualitiesAnswer<"age_band">>(),
  sex: text("sex").$type<EqualitiesAnswer<"sex">>(),
  genderIdentity: text("gender_identity").$type<EqualitiesAnswer<"gender_identity">>(),
  ethnicGroup: text("ethnic_group").$type<EqualitiesAnswer<"ethnic_group">>(),
  disability: text("disability").$type<EqualitiesAnswer<"disability">>(),
  religion: text("religion").$type<EqualitiesAnswer<"religion">>(),
  sexualOrientation: text("sexual_orientation").$type<EqualitiesAnswer<"sexual_orientation">>(),
  unpaidCare: text("unpaid_care").$type<EqualitiesAnswer<"unpaid_care">>(),
  mainLanguage: text("main_language").$type<EqualitiesAnswer<"main_language">>(),
  /** When the person was invited to answer (after a comment or a survey response): the invitation shows once. */
  askedAt: timestamptz("asked_at"),
  /** When they said "No thanks" to the invitation. */
  declinedAt: timestamptz("declined_at"),
  /** When they last saved answers; null once they delete them (the row then only says they were asked). */
  answeredAt: timestamptz("answered_at"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}).enableRLS();

/**
 * The population of the council's area (neighbourhood null) or of one neighbourhood, by "about you"
 * question and census category, as an officer uploaded it for "who are we missing": one table per
 * area, replaced by the next upload. The app ships none (a council loads its own Census 2021 figures).
 */
export const populationTables = pgTable(
  "population_tables",
  {
    id: id(),
    neighbourhoodId: uuid("neighbourhood_id").references(() => neighbourhoods.id, { onDelete: "cascade" }),
    /** Where the figures come from, as the officer wrote it ("Census 2021, Nomis TS021, Coventry"). */
    source: text("source").notNull(),
    fileName: text("file_name").notNull(),
    counts: jsonb("counts").$type<PopulationCounts>().notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamptz("uploaded_at").notNull().defaultNow(),
  },
  (table) => [unique("population_tables_area").on(table.neighbourhoodId).nullsNotDistinct()],
).enableRLS();
