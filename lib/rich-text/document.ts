import { z } from "zod";

/** A tiptap node, shape-checked at the boundary before anything renders it. */
export type RichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

const ZMark = z.object({ type: z.string().min(1).max(40), attrs: z.record(z.string(), z.unknown()).optional() });

const ZRichTextNode: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(ZRichTextNode).max(5000).optional(),
    marks: z.array(ZMark).max(20).optional(),
    text: z.string().max(100_000).optional(),
  }),
);

export const ZRichTextDocument = z
  .object({ type: z.literal("doc"), content: z.array(ZRichTextNode).max(5000) })
  .refine((doc) => JSON.stringify(doc).length <= 1_000_000, "validation.richText.tooLong");
export type RichTextDocument = z.infer<typeof ZRichTextDocument>;
