import { z } from "zod";
import { REMOVAL_REASONS } from "./comment";

export const MODERATION_DECISIONS = ["approve", "reject", "hide", "restore"] as const;

export const ZModerationDecision = z
  .object({
    commentIds: z.preprocess(
      (value) => (Array.isArray(value) ? value : value ? [value] : []),
      z.array(z.uuid("validation.moderation.commentGone")).min(1, "validation.moderation.noComments").max(100, "validation.moderation.tooManyComments"),
    ),
    decision: z.enum(MODERATION_DECISIONS, { error: "validation.moderation.decision" }),
    reason: z.union([z.literal(""), z.enum(REMOVAL_REASONS)]).optional().default(""),
    note: z.string().trim().max(500, "validation.moderation.noteTooLong").optional().default(""),
  })
  .superRefine((value, ctx) => {
    if ((value.decision === "reject" || value.decision === "hide") && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "validation.moderation.reason" });
    }
  });
export type TModerationDecision = z.output<typeof ZModerationDecision>;

export const ZModerationPhrase = z.object({
  phrase: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "validation.moderation.phraseTooShort")
    .max(60, "validation.moderation.phraseTooLong"),
});

export const ZModerationPhraseRef = z.object({ id: z.uuid("validation.ids.word") });
