import { afterAll, describe, expect, it } from "vitest";
import { squeeze, XSS_ADDRESSES, XSS_CORPUS } from "@/tests/support/xss-corpus";
import { inspectHtml } from "@/tests/support/xss-html";
import { renderRichText } from "./render";

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: object[]) => ({ type: "paragraph", content });

const figures = { texts: 0, links: 0, images: 0, keptLinks: 0 };

describe("rich text against the XSS corpus", () => {
  it("keeps every payload typed as text as text: in paragraphs, headings, quotes and list items", () => {
    const doc = {
      type: "doc",
      content: XSS_CORPUS.flatMap((payload) => [
        paragraph(text(payload.text)),
        { type: "heading", attrs: { level: 2 }, content: [text(payload.text, [{ type: "bold" }])] },
        { type: "blockquote", content: [paragraph(text(payload.text, [{ type: "italic" }]))] },
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text(payload.text))] }] },
      ]),
    };
    const { html, text: plain } = renderRichText(doc);
    const found = inspectHtml(html);
    expect(found.injected).toEqual([]);
    expect(found.handlers).toEqual([]);
    expect(found.unsafeUrls).toEqual([]);
    expect(found.activeElements).toEqual([]);
    const rendered = squeeze(found.text);
    const missing = XSS_CORPUS.filter((payload) => !rendered.includes(squeeze(payload.text))).map((payload) => payload.id);
    expect(missing).toEqual([]);
    expect(XSS_CORPUS.every((payload) => plain.includes(payload.text.replace(/\r\n?/g, "\n")) || squeeze(plain).includes(squeeze(payload.text)))).toBe(true);
    figures.texts = XSS_CORPUS.length * 4;
  });

  it("keeps only http(s) and mailto link targets and image sources, whatever the payload", () => {
    const targets = XSS_CORPUS.map((payload) => payload.text).concat(XSS_ADDRESSES.map((payload) => payload.text.toUpperCase()));
    const doc = {
      type: "doc",
      content: targets.flatMap((target, index) => [
        paragraph(text(`link ${index}`, [{ type: "link", attrs: { href: target, target: target, rel: target } }])),
        { type: "image", attrs: { src: target, alt: target, title: target } },
      ]),
    };
    const { html } = renderRichText(doc);
    const found = inspectHtml(html);
    expect(found.injected).toEqual([]);
    expect(found.handlers).toEqual([]);
    expect(found.unsafeUrls).toEqual([]);
    expect(found.activeElements).toEqual([]);
    // Every link text survives, with or without its link.
    for (let index = 0; index < targets.length; index += 1) expect(found.text).toContain(`link ${index}`);
    figures.links = targets.length;
    figures.images = targets.length;
    figures.keptLinks = (html.match(/<a [^>]*href=/g) ?? []).length;
  });

  afterAll(() => {
    console.log(
      `XSS corpus (rich text): ${XSS_CORPUS.length} payloads as ${figures.texts} text nodes, ${figures.links} link targets and ${figures.images} image sources rendered and sanitised; ` +
        `${figures.keptLinks} link targets kept (each http, https or mailto), 0 injected elements, 0 handlers, 0 unsafe addresses`,
    );
  });
});
