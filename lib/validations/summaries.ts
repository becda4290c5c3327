import { z } from "zod";
import { parsePeriodKey } from "@/lib/domain/summaries/period";

/** The preview page's query: a contact and a period key such as "2026-W47" or "2026-11". */
export const ZSummaryPreviewQuery = z.object({
  contact: z.uuid("Choose a contact from the list.").optional().catch(undefined),
  period: z
    .string()
    .trim()
    .transform((key, ctx) => {
      const period = parsePeriodKey(key);
      if (!period) ctx.addIssue({ code: "custom", message: "Choose a week or a month from the list." });
      return period ?? z.NEVER;
    })
    .optional()
    .catch(undefined),
});

const SUBJECT = /^(topic|survey):([0-9a-f-]{36})$/i;

/** The one-off summary form: what it is about, who gets it, a confirmation and the form's own id. */
export const ZOneOffSummaryInput = z.object({
  subject: z
    .string({ error: "Choose a topic or a survey." })
    .regex(SUBJECT, "Choose a topic or a survey.")
    .transform((value) => {
      const [, kind, id] = SUBJECT.exec(value) ?? [];
      return { kind: kind === "survey" ? ("survey" as const) : ("topic" as const), id: (id ?? "").toLowerCase() };
    })
    .pipe(z.object({ kind: z.enum(["topic", "survey"]), id: z.uuid("Choose a topic or a survey.") })),
  contactIds: z.preprocess(
    (value) => (Array.isArray(value) ? value : value ? [value] : []),
    z
      .array(z.uuid("A chosen contact could not be found."))
      .min(1, "Choose at least one contact.")
      .max(500, "Choose 500 contacts or fewer at a time.")
      .transform((list) => [...new Set(list)]),
  ),
  confirm: z.literal("yes", { error: "Confirm that you want to send this summary now." }),
  sendId: z.uuid("The form has expired. Reload the page and try again."),
});
export type TOneOffSummaryInput = z.output<typeof ZOneOffSummaryInput>;
