import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { EqualitiesAnswer } from "@/lib/domain/equalities/questions";
import { users } from "./auth";
import { createdAt, updatedAt } from "./common";

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
