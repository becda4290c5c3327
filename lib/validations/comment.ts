import { z } from "zod";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { COMMENT_MAX_LENGTH, COMMENT_SORTS, REMOVAL_REASONS } from "./comment-limits";

// Client components take these from ./comment-limits (no zod); server code may take them from here.
export { COMMENT_MAX_LENGTH, COMMENT_SORTS, REMOVAL_REASONS };

const ZBody = z
  .string({ error: "validation.comment.bodyRequired" })
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "validation.comment.bodyRequired")
      .max(COMMENT_MAX_LENGTH, "validation.comment.bodyTooLong"),
  );

const ZId = (message: string) => z.uuid(message);

/** The language a comment is written in: the form's select, or (left out) the page's language. */
const ZCommentLocale = z.enum(SUPPORTED_LOCALES, { error: "validation.contentLanguage.commentLanguage" }).optional();

export const ZCommentInput = z.object({
  topicId: ZId("validation.ids.topic"),
  parentId: z.union([z.literal(""), ZId("validation.ids.parentComment")]).optional().transform((value) => value || null),
  body: ZBody,
  locale: ZCommentLocale,
  submissionKey: ZId("validation.form.expired"),
});
export type TCommentInput = z.output<typeof ZCommentInput>;

export const ZEditCommentInput = z.object({ commentId: ZId("validation.ids.comment"), body: ZBody, locale: ZCommentLocale });
export type TEditCommentInput = z.output<typeof ZEditCommentInput>;

export const ZCommentRef = z.object({ commentId: ZId("validation.ids.comment") });

export const ZFlagInput = z.object({
  commentId: ZId("validation.ids.comment"),
  reason: z.enum(REMOVAL_REASONS, { error: "validation.comment.reportReason" }),
  details: z.string().trim().max(500, "validation.comment.detailsTooLong").optional().default(""),
});
export type TFlagInput = z.output<typeof ZFlagInput>;

export const ZTopicRef = z.object({ topicId: ZId("validation.ids.topic") });

export const ZCommentSort = z.enum(COMMENT_SORTS).catch("newest");
export type TCommentSort = (typeof COMMENT_SORTS)[number];

/** The discussion's language filter: every comment, or only those written in one language (`?commentsIn=ur`). */
export const ZCommentLanguageFilter = z.enum(SUPPORTED_LOCALES).optional().catch(undefined);
