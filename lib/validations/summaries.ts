import { z } from "zod";
import { parsePeriodKey } from "@/lib/domain/summaries/period";

/** The preview page's query: a contact and a period key such as "2026-W47" or "2026-11". */
export const ZSummaryPreviewQuery = z.object({
  contact: z.uuid("validation.summary.contact").optional().catch(undefined),
  period: z
    .string()
    .trim()
    .transform((key, ctx) => {
      const period = parsePeriodKey(key);
      if (!period) ctx.addIssue({ code: "custom", message: "validation.summary.period" });
      return period ?? z.NEVER;
    })
    .optional()
    .catch(undefined),
});

const SUBJECT = /^(topic|survey):([0-9a-f-]{36})$/i;

/** The one-off summary form: what it is about, who gets it, a confirmation and the form's own id. */
export const ZOneOffSummaryInput = z.object({
  subject: z
    .string({ error: "validation.summary.subject" })
    .regex(SUBJECT, "validation.summary.subject")
    .transform((value) => {
      const [, kind, id] = SUBJECT.exec(value) ?? [];
      return { kind: kind === "survey" ? ("survey" as const) : ("topic" as const), id: (id ?? "").toLowerCase() };
    })
    .pipe(z.object({ kind: z.enum(["topic", "survey"]), id: z.uuid("validation.summary.subject") })),
  contactIds: z.preprocess(
    (value) => (Array.isArray(value) ? value : value ? [value] : []),
    z
      .array(z.uuid("validation.summary.contactGone"))
      .min(1, "validation.summary.noContacts")
      .max(500, "validation.summary.tooManyContacts")
      .transform((list) => [...new Set(list)]),
  ),
  confirm: z.literal("yes", { error: "validation.summary.confirm" }),
  sendId: z.uuid("validation.form.expired"),
});

/** The officers' message at the top of scheduled summaries: plain text, empty for none. */
export const SUMMARY_INTRO_MAX = 1000;
export const ZSummaryIntroInput = z.object({
  intro: z
    .string({ error: "validation.contentTranslations.introMissing" })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(SUMMARY_INTRO_MAX, "validation.contentTranslations.introTooLong")),
});
