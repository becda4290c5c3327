import { z } from "zod";
import { OFFLINE_CHANNELS } from "@/lib/domain/surveys/offline/channels";
import { ZCsvFile } from "./partner";

const surveyId = z.uuid("validation.ids.survey");
const ZOfflineChannel = z.enum(OFFLINE_CHANNELS, { error: "validation.surveyEntry.channel" });

/**
 * An officer's entry of one paper, phone or event response: the survey, the channel, the day it
 * was received (blank: today; read by the use case, which knows today), and the q.* and org.*
 * fields of the website's questions, which the use case reads as the pages do.
 */
export const ZOfflineEntry = z.looseObject({
  surveyId,
  channel: ZOfflineChannel,
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
