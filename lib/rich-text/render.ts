import { generateText } from "@tiptap/core";
import { generateHTML } from "@tiptap/html/server";
import sanitizeHtml from "sanitize-html";
import { ValidationError } from "@/lib/errors";
import { ZRichTextDocument, type RichTextDocument } from "./document";
import { richTextExtensions } from "./extensions";

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "h4", "p", "br", "strong", "em", "s", "u", "a", "ul", "ol", "li", "blockquote", "hr", "img"],
  allowedAttributes: { a: ["href", "rel", "target"], img: ["src", "alt", "title"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https", "http"] },
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }) },
};

/**
 * Checks a tiptap document's shape, renders it with the editor's own extensions and sanitises the
 * result with an allowlist; also gives the plain text (emails, search). Run once when content is
 * saved; pages serve the stored HTML.
 */
export function renderRichText(input: unknown): { json: RichTextDocument; html: string; text: string } {
  const parsed = ZRichTextDocument.safeParse(input);
  if (!parsed.success) throw new ValidationError("problems.richText.unreadable");
  let html: string;
  let text: string;
  try {
    html = generateHTML(parsed.data, richTextExtensions);
    text = generateText(parsed.data, richTextExtensions, { blockSeparator: "\n\n" });
  } catch {
    throw new ValidationError("problems.richText.unsupported");
  }
  return { json: parsed.data, html: sanitizeHtml(html, ALLOWED), text };
}

/** The plain text of a stored document (an outcome, for open data); "" for one that no longer reads. */
export function plainTextOf(input: unknown): string {
  const parsed = ZRichTextDocument.safeParse(input);
  if (!parsed.success) return "";
  try {
    return generateText(parsed.data, richTextExtensions, { blockSeparator: "\n\n" });
  } catch {
    return "";
  }
}
