import { boolean, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./common";
import { organisations, themes } from "./reference";

export const summaryFrequency = pgEnum("summary_frequency", ["weekly", "monthly"]);
/** active: mailed; unsubscribed, bounced, complained: never mailed again (until an officer or the contact resubscribes). */
export const contactStatus = pgEnum("contact_status", ["active", "unsubscribed", "bounced", "complained"]);

/** A person at a partner organisation who receives summaries by email, without an account. */
export const partnerContacts = pgTable(
  "partner_contacts",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Stored lower-cased; one contact per address across the platform, so suppression is per address. */
    email: text("email").notNull().unique(),
    role: text("role"),
    /** A locale the emails are written in (see lib/i18n/config). */
    language: text("language").notNull().default("en"),
    frequency: summaryFrequency("frequency").notNull().default("monthly"),
    /** true: every theme, including ones added later; false: the themes in partner_contact_themes. */
    allThemes: boolean("all_themes").notNull().default(true),
    /** When a period had no activity: true sends a short "nothing new" email, false sends nothing. */
    sendWhenQuiet: boolean("send_when_quiet").notNull().default(false),
    status: contactStatus("status").notNull().default("active"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("partner_contacts_organisation_idx").on(table.organisationId)],
).enableRLS();

export const partnerContactThemes = pgTable(
  "partner_contact_themes",
  {
    contactId: uuid("contact_id")
      .notNull()
      .references(() => partnerContacts.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.contactId, table.themeId] })],
).enableRLS();

/** Every provider webhook received, once (keyed by its delivery id), so a redelivery changes nothing. */
export const emailEvents = pgTable(
  "email_events",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    providerMessageId: text("provider_message_id"),
    address: text("address"),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("email_events_message_idx").on(table.providerMessageId)],
).enableRLS();
