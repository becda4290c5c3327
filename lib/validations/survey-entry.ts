import { z } from "zod";
import { ZCsvFile } from "./partner";

const surveyId = z.uuid("validation.ids.survey");

/**
 * An officer's entry of one paper, phone or event response: the survey, then the channel, the day
 * it was received and the q.* and org.* fields of the website's questions, all read by the use case
 * (readOfflineResponse) so that every mistake is named at once, as the website's pages name them.
 */
export const ZOfflineEntry = z.looseObject({
  surveyId,
  channel: z.string().max(20, "validation.surveyEntry.channel").default(""),
  received: z.string().max(40, "validation.surveyEntry.receivedDate").default(""),
});

/**
 * The import form: step "preview" uploads the file; step "import" sends the same text back (from a
 * hidden field), which is parsed and checked again. `keep` says the officer chose to save the good
 * rows of a file that has rows with problems; without it such a file saves nothing.
 */
export const ZResponseImport = z.discriminatedUnion("step", [
  z.object({ step: z.literal("preview"), surveyId, file: ZCsvFile }),
  z.object({
    step: z.literal("import"),
    surveyId,
    fileName: z.string().trim().max(200).default(""),
    csv: z.string().min(1, "validation.contactImport.uploadAgain"),
    keep: z.enum(["good"]).optional(),
  }),
]);
