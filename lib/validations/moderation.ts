import { z } from "zod";
import { REMOVAL_REASONS } from "./comment";

export const MODERATION_DECISIONS = ["approve", "reject", "hide", "restore"] as const;

export const ZModerationDecision = z
  .object({
    commentIds: z.preprocess(
      (value) => (Array.isArray(value) ? value : value ? [value] : []),
      z.array(z.uuid("A chosen comment could not be found.")).min(1, "Choose at least one comment.").max(100, "Choose 100 comments or fewer at a time."),
    ),
    decision: z.enum(MODERATION_DECISIONS, { error: "Choose what to do with the comments." }),
    reason: z.union([z.literal(""), z.enum(REMOVAL_REASONS)]).optional().default(""),
    note: z.string().trim().max(500, "The note must be 500 characters or fewer.").optional().default(""),
  })
  .superRefine((value, ctx) => {
    if ((value.decision === "reject" || value.decision === "hide") && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Choose a reason: the author is told why." });
    }
  });
export type TModerationDecision = z.output<typeof ZModerationDecision>;

export const ZModerationPhrase = z.object({
  phrase: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "Enter a word or phrase of at least 2 characters.")
    .max(60, "Words and phrases must be 60 characters or fewer."),
});

export const ZModerationPhraseRef = z.object({ id: z.uuid("That word could not be found.") });
