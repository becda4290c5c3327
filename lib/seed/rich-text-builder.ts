import type { RichTextDocument, RichTextNode } from "@/lib/rich-text/document";

/** Small helpers to write demo content as tiptap JSON. */
const text = (value: string): RichTextNode => ({ type: "text", text: value });

export const paragraph = (value: string): RichTextNode => ({ type: "paragraph", content: [text(value)] });
export const heading = (value: string, level: 2 | 3 = 2): RichTextNode => ({ type: "heading", attrs: { level }, content: [text(value)] });
export const bullets = (items: string[]): RichTextNode => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
});
export const quote = (value: string): RichTextNode => ({ type: "blockquote", content: [paragraph(value)] });
export const doc = (...content: RichTextNode[]): RichTextDocument => ({ type: "doc", content });
