import { z } from "zod";
import { answerOptions, type EqualitiesAnswer, type EqualitiesQuestion } from "@/lib/domain/equalities/questions";

/** One question's radio group: nothing chosen (skipped) is null; anything but its own answers is refused. */
function answerField<Q extends EqualitiesQuestion>(question: Q) {
  const options = new Set(answerOptions(question));
  return z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || options.has(value), "validation.aboutYou.unknownAnswer")
    .transform((value) => (value || null) as EqualitiesAnswer<Q> | null);
}

/** The "about you" form: every question optional, each answer one of its own (or "prefer not to say"). */
export const ZAboutYouInput = z.object({
  age_band: answerField("age_band"),
  sex: answerField("sex"),
  gender_identity: answerField("gender_identity"),
  ethnic_group: answerField("ethnic_group"),
  disability: answerField("disability"),
  religion: answerField("religion"),
  sexual_orientation: answerField("sexual_orientation"),
  unpaid_care: answerField("unpaid_care"),
  main_language: answerField("main_language"),
});

/** Deleting one's answers needs the confirmation box ticked (sent as "on"). */
export const ZDeleteAboutYouInput = z.object({
  confirm: z.literal("on", { error: "validation.aboutYou.confirmDelete" }),
});
