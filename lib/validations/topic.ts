import { z } from "zod";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/file-type";

/** Ticked boxes: one value or many, duplicates dropped. */
export const ids = (message: string) =>
  z.preprocess(
    (value) => (Array.isArray(value) ? value : value ? [value] : []),
    z
      .array(z.uuid(message))
      .max(50)
      .transform((list) => [...new Set(list)]),
  );

const isoDate = z.union([z.literal(""), z.iso.date("Enter a real date.")]).optional().default("");

/** The officer's topic form. The rich text arrives as tiptap JSON from the editor. */
export const ZTopicInput = z
  .object({
    title: z.string().trim().min(3, "Enter a title of at least 3 characters.").max(150, "The title must be 150 characters or fewer."),
    summary: z.string().trim().min(10, "Enter a summary of at least 10 characters.").max(500, "The summary must be 500 characters or fewer."),
    bodyJson: z.string().min(2, "Write the topic's description.").max(1_000_000, "The description is too long."),
    themeIds: ids("Choose themes from the list.").pipe(z.array(z.uuid()).min(1, "Choose at least one theme.")),
    communityIds: ids("Choose communities of interest from the list."),
    neighbourhoodIds: ids("Choose neighbourhoods from the list."),
    opensOn: isoDate,
    closesOn: isoDate,
    decisionOn: isoDate,
    customLabel: z.string().trim().max(120, "The label must be 120 characters or fewer.").optional().default(""),
    customDate: isoDate,
    moderationMode: z.enum(["post", "pre"], { error: "Choose how comments are moderated." }),
  })
  .superRefine((value, ctx) => {
    if (value.opensOn && value.closesOn && value.closesOn <= value.opensOn) {
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "The closing date must be after the opening date." });
    }
    if (Boolean(value.customLabel) !== Boolean(value.customDate)) {
      ctx.addIssue({ code: "custom", path: [value.customLabel ? "customDate" : "customLabel"], message: "Give both a label and a date for the extra date, or neither." });
    }
  });
export type TTopicInput = z.output<typeof ZTopicInput>;

export const ZTopicStatusChange = z.object({
  topicId: z.uuid("That topic could not be found."),
  change: z.enum(["publish", "close", "reopen"], { error: "Choose what to do with the topic." }),
});

export const ZTopicOutcome = z.object({
  topicId: z.uuid("That topic could not be found."),
  outcomeJson: z.string().min(2, "Write the outcome.").max(1_000_000, "The outcome is too long."),
});

export const ZDocumentUpload = z.object({
  topicId: z.uuid("That topic could not be found."),
  file: z
    .instanceof(File, { message: "Choose a file to upload." })
    .refine((file) => file.size > 0, "Choose a file to upload: the selected file is empty.")
    .refine((file) => file.size <= MAX_UPLOAD_BYTES, "The file must be 10 MB or smaller."),
});

export const ZDocumentRef = z.object({ documentId: z.uuid("That document could not be found.") });
