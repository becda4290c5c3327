import { z } from "zod";

export const COMMENT_MAX_LENGTH = 2000;
export const REMOVAL_REASONS = ["spam", "abusive", "off_topic", "personal_information", "other"] as const;

const ZBody = z
  .string({ error: "Enter your comment." })
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "Enter your comment.")
      .max(COMMENT_MAX_LENGTH, `Your comment must be ${COMMENT_MAX_LENGTH.toLocaleString("en-GB")} characters or fewer.`),
  );

const ZId = (message: string) => z.uuid(message);

export const ZCommentInput = z.object({
  topicId: ZId("That topic could not be found."),
  parentId: z.union([z.literal(""), ZId("The comment you are replying to could not be found.")]).optional().transform((value) => value || null),
  body: ZBody,
  submissionKey: ZId("The form has expired. Reload the page and try again."),
});
export type TCommentInput = z.output<typeof ZCommentInput>;

export const ZEditCommentInput = z.object({ commentId: ZId("That comment could not be found."), body: ZBody });
export type TEditCommentInput = z.output<typeof ZEditCommentInput>;

export const ZCommentRef = z.object({ commentId: ZId("That comment could not be found.") });

export const ZFlagInput = z.object({
  commentId: ZId("That comment could not be found."),
  reason: z.enum(REMOVAL_REASONS, { error: "Choose why you are reporting this comment." }),
  details: z.string().trim().max(500, "Details must be 500 characters or fewer.").optional().default(""),
});
export type TFlagInput = z.output<typeof ZFlagInput>;

export const ZTopicRef = z.object({ topicId: ZId("That topic could not be found.") });

export const COMMENT_SORTS = ["newest", "oldest", "helpful"] as const;
export const ZCommentSort = z.enum(COMMENT_SORTS).catch("newest");
export type TCommentSort = (typeof COMMENT_SORTS)[number];
