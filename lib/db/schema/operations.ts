import { integer, jsonb, pgEnum, pgTable, text, timestamp, uuid, index } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./common";
import { partnerContacts } from "./partners";

export const outboxStatus = pgEnum("outbox_status", ["queued", "sending", "sent", "failed", "bounced", "complained", "cancelled"]);

/** Every email the platform sends is first a row here, written in the transaction of its cause. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    category: text("category").notNull(),
    /** Extra headers, such as List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on partner mail. */
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    /** The partner contact this is for: it is not sent if the contact has unsubscribed or bounced meanwhile. */
    contactId: uuid("contact_id").references(() => partnerContacts.id, { onDelete: "set null" }),
    /** The campaign recipient this invitation or reminder is for: delivery and opens are counted for them, and it is not sent once they answered or stopped. */
    campaignRecipientId: uuid("campaign_recipient_id"),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    status: outboxStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("email_outbox_due_idx").on(table.status, table.nextAttemptAt),
    index("email_outbox_to_idx").on(table.toAddress, table.createdAt),
    index("email_outbox_provider_idx").on(table.providerMessageId),
    index("email_outbox_contact_idx").on(table.contactId, table.createdAt),
    index("email_outbox_campaign_recipient_idx").on(table.campaignRecipientId),
  ],
).enableRLS();

/** Append-only (a trigger refuses UPDATE and DELETE): moderation decisions, exports, role changes, erasures. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (table) => [index("audit_log_subject_idx").on(table.subjectType, table.subjectId, table.createdAt)],
).enableRLS();

/** Fixed-window counters shared by every instance of the app. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
  count: integer("count").notNull(),
}).enableRLS();
