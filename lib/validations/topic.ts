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

const isoDate = z.union([z.literal(""), z.iso.date("validation.date.real")]).optional().default("");

/** The officer's topic form. The rich text arrives as tiptap JSON from the editor. */
export const ZTopicInput = z
  .object({
    title: z.string().trim().min(3, "validation.topic.titleTooShort").max(150, "validation.topic.titleTooLong"),
    summary: z.string().trim().min(10, "validation.topic.summaryTooShort").max(500, "validation.topic.summaryTooLong"),
    bodyJson: z.string().min(2, "validation.topic.bodyRequired").max(1_000_000, "validation.topic.bodyTooLong"),
    themeIds: ids("validation.choose.themes").pipe(z.array(z.uuid()).min(1, "validation.topic.noThemes")),
    communityIds: ids("validation.choose.communities"),
    neighbourhoodIds: ids("validation.choose.neighbourhoods"),
    opensOn: isoDate,
    closesOn: isoDate,
    decisionOn: isoDate,
    customLabel: z.string().trim().max(120, "validation.topic.labelTooLong").optional().default(""),
    customDate: isoDate,
    moderationMode: z.enum(["post", "pre"], { error: "validation.topic.moderationMode" }),
  })
  .superRefine((value, ctx) => {
    if (value.opensOn && value.closesOn && value.closesOn <= value.opensOn) {
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: "validation.topic.closesBeforeOpens" });
    }
    if (Boolean(value.customLabel) !== Boolean(value.customDate)) {
      ctx.addIssue({ code: "custom", path: [value.customLabel ? "customDate" : "customLabel"], message: "validation.topic.labelAndDate" });
    }
  });
export type TTopicInput = z.output<typeof ZTopicInput>;

export const ZTopicStatusChange = z.object({
  topicId: z.uuid("validation.ids.topic"),
  change: z.enum(["publish", "close", "reopen"], { error: "validation.topic.statusChange" }),
});

export const ZTopicOutcome = z.object({
  topicId: z.uuid("validation.ids.topic"),
  outcomeJson: z.string().min(2, "validation.topic.outcomeRequired").max(1_000_000, "validation.topic.outcomeTooLong"),
});

export const ZDocumentUpload = z.object({
  topicId: z.uuid("validation.ids.topic"),
  file: z
    .instanceof(File, { message: "validation.upload.chooseFile" })
    .refine((file) => file.size > 0, "validation.upload.chooseNonEmpty")
    .refine((file) => file.size <= MAX_UPLOAD_BYTES, "validation.upload.tooLarge"),
});

export const ZDocumentRef = z.object({ documentId: z.uuid("validation.ids.document") });
