import { date, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./common";
import { communitiesOfInterest, neighbourhoods, themes } from "./reference";

export const topicStatus = pgEnum("topic_status", ["draft", "open", "closed", "outcome"]);
export const moderationMode = pgEnum("moderation_mode", ["post", "pre"]);
export const keyDateKind = pgEnum("key_date_kind", ["opens", "closes", "decision", "custom"]);

export const topics = pgTable("topics", {
  id: id(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  summary: text("summary").notNull(),
  /** tiptap JSON, the source of truth for editing. */
  bodyJson: jsonb("body_json").notNull(),
  /** Rendered and sanitised once at save: pages serve this. */
  bodyHtml: text("body_html").notNull(),
  /** Plain text of the body, for search (a generated tsvector column and GIN index in SQL). */
  bodyText: text("body_text").notNull().default(""),
  status: topicStatus("status").notNull().default("draft"),
  /** post: comments appear at once and flags send them to the queue; pre: held until approved. */
  moderationMode: moderationMode("moderation_mode").notNull().default("post"),
  /** "You said, we did": tiptap JSON and its stored, sanitised HTML. */
  outcomeJson: jsonb("outcome_json"),
  outcomeHtml: text("outcome_html"),
  outcomePublishedAt: timestamp("outcome_published_at", { withTimezone: true, mode: "date" }),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}).enableRLS();

const topicLink = () =>
  uuid("topic_id")
    .notNull()
    .references(() => topics.id, { onDelete: "cascade" });

export const topicThemes = pgTable(
  "topic_themes",
  {
    topicId: topicLink(),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.topicId, table.themeId] })],
).enableRLS();

export const topicCommunities = pgTable(
  "topic_communities",
  {
    topicId: topicLink(),
    communityId: uuid("community_id")
      .notNull()
      .references(() => communitiesOfInterest.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.topicId, table.communityId] })],
).enableRLS();

export const topicNeighbourhoods = pgTable(
  "topic_neighbourhoods",
  {
    topicId: topicLink(),
    neighbourhoodId: uuid("neighbourhood_id")
      .notNull()
      .references(() => neighbourhoods.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.topicId, table.neighbourhoodId] })],
).enableRLS();

export const topicKeyDates = pgTable("topic_key_dates", {
  id: id(),
  topicId: topicLink(),
  kind: keyDateKind("kind").notNull(),
  label: text("label"),
  date: date("date", { mode: "string" }).notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
}).enableRLS();

/** Documents and images attached to a topic; the bytes live in lib/storage under `storageKey`. */
export const topicDocuments = pgTable("topic_documents", {
  id: id(),
  topicId: topicLink(),
  storageKey: text("storage_key").notNull().unique(),
  originalName: text("original_name").notNull(),
  mime: text("mime").notNull(),
  kind: text("kind").notNull(),
  size: integer("size").notNull(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
}).enableRLS();
