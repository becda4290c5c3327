import { index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Locale } from "@/lib/i18n/locales";
import { users } from "./auth";
import { createdAt, id } from "./common";
import { topics } from "./topics";

/**
 * published: visible. held: waiting for a moderator. rejected: refused before publication.
 * hidden: removed by a moderator after publication. deleted: removed by its author (replies stay).
 */
export const commentStatus = pgEnum("comment_status", ["published", "held", "rejected", "hidden", "deleted"]);
export const holdReason = pgEnum("hold_reason", ["pre_moderation", "first_comment", "word_list", "flagged"]);
export const removalReason = pgEnum("removal_reason", ["spam", "abusive", "off_topic", "personal_information", "other"]);

export const comments = pgTable(
  "comments",
  {
    id: id(),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    /** 0 for a comment, 1 and 2 for replies: three levels at most. */
    depth: smallint("depth").notNull().default(0),
    body: text("body").notNull(),
    /** The language it is written in: the page's language when posted, or the one the author chose. Comments are never translated. */
    locale: text("locale").$type<Locale>().notNull().default("en"),
    status: commentStatus("status").notNull(),
    holdReason: holdReason("hold_reason"),
    removalReason: removalReason("removal_reason"),
    /** The moderator's words to the author when rejecting or hiding. */
    moderatorNote: text("moderator_note"),
    helpfulCount: integer("helpful_count").notNull().default(0),
    flagCount: integer("flag_count").notNull().default(0),
    /** From the form: a double-submitted form carries the same key and makes no second comment. */
    submissionKey: uuid("submission_key").notNull(),
    /** Millisecond precision, like JavaScript dates: keyset cursors round-trip exactly. */
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true, mode: "date" }),
    moderatedAt: timestamp("moderated_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [
    uniqueIndex("comments_submission_key_idx").on(table.authorId, table.submissionKey),
    index("comments_topic_created_idx").on(table.topicId, table.createdAt, table.id),
    // The "most helpful" order in full, so its keyset cursor is an index range, not a scan from the top.
    index("comments_topic_helpful_idx").on(table.topicId, table.helpfulCount, table.createdAt, table.id),
    // The public moderation record counts a topic's comments by status: an index-only scan.
    index("comments_topic_status_idx").on(table.topicId, table.status),
    index("comments_parent_idx").on(table.parentId),
    index("comments_status_idx").on(table.status, table.createdAt),
  ],
).enableRLS();

/** Earlier wordings of edited comments. */
export const commentRevisions = pgTable(
  "comment_revisions",
  {
    id: id(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("comment_revisions_comment_idx").on(table.commentId, table.createdAt)],
).enableRLS();

export const commentHelpful = pgTable(
  "comment_helpful",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  // A reader's own marks are looked up on every signed-in page view (getTopicViewerState).
  (table) => [primaryKey({ columns: [table.commentId, table.userId] }), index("comment_helpful_user_idx").on(table.userId, table.commentId)],
).enableRLS();

export const commentFlags = pgTable(
  "comment_flags",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: removalReason("reason").notNull(),
    details: text("details"),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.commentId, table.userId] })],
).enableRLS();

export const topicFollows = pgTable(
  "topic_follows",
  {
    topicId: uuid("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.topicId, table.userId] })],
).enableRLS();

/** Officer-editable words and phrases: a comment containing one is held for review. */
export const moderationWords = pgTable("moderation_words", {
  id: id(),
  phrase: text("phrase").notNull().unique(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
}).enableRLS();
