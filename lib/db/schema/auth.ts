import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Locale } from "@/lib/i18n/locales";
import { createdAt, id, updatedAt } from "./common";
import { neighbourhoods, organisations } from "./reference";

export const userRole = pgEnum("user_role", ["resident", "employer", "partner", "officer", "admin"]);
/** A person's place in their organisation: administrators manage its people and details. */
export const organisationRole = pgEnum("organisation_role", ["administrator", "member"]);

/*
 * Row level security for these four tables is enabled in a SQL migration (rls_auth_tables): the
 * Auth.js adapter's table types do not accept drizzle's enableRLS().
 */

/** Auth.js users, extended with the platform's role and profile. `name` is the display name. */
export const users = pgTable("users", {
  id: id(),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
  image: text("image"),
  role: userRole("role").notNull().default("resident"),
  neighbourhoodId: uuid("neighbourhood_id").references(() => neighbourhoods.id, { onDelete: "set null" }),
  organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
  /** Set with organisation_id: the person belongs to that organisation in this role. */
  organisationRole: organisationRole("organisation_role"),
  /** The language the person chose (pages when they have not chosen on a device, and every email to them); null: not chosen. */
  locale: text("locale").$type<Locale>(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"email" | "oauth" | "oidc" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
);
