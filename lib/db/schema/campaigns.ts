import type { Locale } from "@/lib/i18n/locales";
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./common";
import { partnerContacts } from "./partners";
import { organisations, organisationSizeBand } from "./reference";
import { surveys } from "./surveys";

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const campaignStatus = pgEnum("campaign_status", ["draft", "sending", "sent"]);

/**
 * A survey sent to a list: each recipient gets a personal link by email, then reminders on the
 * campaign's schedule until they answer, unsubscribe or their address bounces. A partner's
 * campaign (partner_organisation_id) goes to that partner's own contacts only.
 */
export const surveyCampaigns = pgTable(
  "survey_campaigns",
  {
    id: id(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Null: the council's own campaign. Otherwise the partner organisation that runs it. */
    partnerOrganisationId: uuid("partner_organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    status: campaignStatus("status").notNull().default("draft"),
    /** Days after the invitation on which non-responders are reminded, e.g. [7, 14]. */
    reminderDays: jsonb("reminder_days").$type<number[]>().notNull().default([]),
    /** Personal links stop working this many days after the invitation is sent. */
    linkDays: integer("link_days").notNull().default(60),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    sentAt: timestamptz("sent_at"),
  },
  (table) => [index("survey_campaigns_survey_idx").on(table.surveyId, table.createdAt)],
).enableRLS();

/**
 * One person a campaign goes to, and how far they got: invited (queued), delivered and opened
 * (where the provider reports it), started, submitted; or stopped by a bounce or unsubscribe.
 * Their personal link is an HMAC of the row id (see the campaign link module): unguessable,
 * recomputable for reminders, ended by expires_at or revoked_at.
 */
export const campaignRecipients = pgTable(
  "campaign_recipients",
  {
    id: id(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => surveyCampaigns.id, { onDelete: "cascade" }),
    /** Lower case. */
    email: text("email").notNull(),
    name: text("name"),
    organisationName: text("organisation_name"),
    /** SIC section letter. */
    sector: text("sector"),
    sizeBand: organisationSizeBand("size_band"),
    /** Which list they came from: the imported file's name, or "partner contacts". */
    listName: text("list_name").notNull(),
    contactId: uuid("contact_id").references(() => partnerContacts.id, { onDelete: "set null" }),
    /** The language of their emails (a partner contact's own, or the file's "language" column); null: English. */
    locale: text("locale").$type<Locale>(),
    invitedAt: timestamptz("invited_at"),
    deliveredAt: timestamptz("delivered_at"),
    openedAt: timestamptz("opened_at"),
    bouncedAt: timestamptz("bounced_at"),
    unsubscribedAt: timestamptz("unsubscribed_at"),
    startedAt: timestamptz("started_at"),
    submittedAt: timestamptz("submitted_at"),
    remindersSent: integer("reminders_sent").notNull().default(0),
    lastRemindedAt: timestamptz("last_reminded_at"),
    expiresAt: timestamptz("expires_at"),
    revokedAt: timestamptz("revoked_at"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("campaign_recipients_one_per_address").on(table.campaignId, table.email),
    index("campaign_recipients_due_idx").on(table.campaignId, table.invitedAt).where(sql`${table.submittedAt} is null and ${table.bouncedAt} is null and ${table.unsubscribedAt} is null`),
  ],
).enableRLS();

export const suppressionReason = pgEnum("suppression_reason", ["unsubscribed", "bounced", "complained"]);

/** Addresses that must never get survey invitations again: they unsubscribed, bounced or complained. */
export const emailSuppressions = pgTable("email_suppressions", {
  /** Lower case. */
  email: text("email").primaryKey(),
  reason: suppressionReason("reason").notNull(),
  createdAt: createdAt(),
}).enableRLS();

/**
 * A survey's public link (for posters, events and newsletters, with a QR code): the survey's own
 * (partner_organisation_id null) or a partner's, whose answers are credited to that partner.
 */
export const surveyLinks = pgTable(
  "survey_links",
  {
    id: id(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    partnerOrganisationId: uuid("partner_organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    /** The short code in the address: /s/<code>. */
    code: text("code").notNull().unique(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("survey_links_one_per_partner").on(table.surveyId, sql`coalesce(${table.partnerOrganisationId}, '00000000-0000-0000-0000-000000000000'::uuid)`)],
).enableRLS();
