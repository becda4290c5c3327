import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./common";
import { organisations } from "./reference";

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * An organisation's administrator asks a colleague, by email address, to join. The emailed link
 * holds a secret whose hash is kept; it works once, for the person signed in with that address.
 */
export const organisationInvitations = pgTable(
  "organisation_invitations",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Lower case. */
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamptz("expires_at").notNull(),
    acceptedAt: timestamptz("accepted_at"),
    revokedAt: timestamptz("revoked_at"),
  },
  (table) => [
    uniqueIndex("organisation_invitations_open").on(table.organisationId, table.email).where(sql`${table.acceptedAt} is null and ${table.revokedAt} is null`),
  ],
).enableRLS();

export const joinRequestStatus = pgEnum("join_request_status", ["pending", "approved", "declined", "withdrawn"]);

/** Someone asks to join an organisation; its administrators approve or decline. */
export const organisationJoinRequests = pgTable(
  "organisation_join_requests",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** What the person wrote to the administrators (their job, say). */
    message: text("message").notNull().default(""),
    status: joinRequestStatus("status").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamptz("decided_at"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("organisation_join_requests_one_pending").on(table.userId).where(sql`${table.status} = 'pending'`),
    index("organisation_join_requests_organisation_idx").on(table.organisationId, table.status),
  ],
).enableRLS();
