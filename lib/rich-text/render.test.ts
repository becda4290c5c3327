import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { renderRichText } from "./render";

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: object[]) => ({ type: "paragraph", content });
const doc = (...content: object[]) => ({ type: "doc", content });

describe("renderRichText", () => {
  it("keeps headings, lists, quotes and emphasis", () => {
    const { html } = renderRichText(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("What we heard")] },
        { type: "heading", attrs: { level: 3 }, content: [text("Details")] },
        paragraph(text("Plain, "), text("bold", [{ type: "bold" }]), text(" and "), text("italic", [{ type: "italic" }])),
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("one"))] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [paragraph(text("three"))] }] },
        { type: "blockquote", content: [paragraph(text("A quote"))] },
      ),
    );
    expect(html).toBe(
      "<h2>What we heard</h2><h3>Details</h3><p>Plain, <strong>bold</strong> and <em>italic</em></p>" +
        "<ul><li><p>one</p></li></ul><ol start=\"3\"><li><p>three</p></li></ol><blockquote><p>A quote</p></blockquote>",
    );
  });

  it("renders a level 1 heading as the top level the editor allows", () => {
    expect(renderRichText(doc({ type: "heading", attrs: { level: 1 }, content: [text("Title")] })).html).toBe("<h2>Title</h2>");
  });

  it("escapes markup typed as text", () => {
    const { html } = renderRichText(doc(paragraph(text('<script>alert(1)</script><img src=x onerror="alert(1)">'))));
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=\"alert(1)\"&gt;</p>");
  });

  it("drops event-handler attributes", () => {
    const { html } = renderRichText(doc({ type: "image", attrs: { src: "https://example.org/a.png", alt: "A map", onerror: "alert(1)", onload: "alert(2)" } }));
    expect(html).toBe('<img src="https://example.org/a.png" alt="A map" />');
  });

  it("drops javascript: links and image sources but keeps safe links", () => {
    const { html } = renderRichText(
      doc(
        paragraph(
          text("bad", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]),
          text(" good", [{ type: "link", attrs: { href: "https://example.org/plan" } }]),
          text(" mail", [{ type: "link", attrs: { href: "mailto:team@example.org" } }]),
        ),
        { type: "image", attrs: { src: "javascript:alert(1)", alt: "bad" } },
        { type: "image", attrs: { src: "data:image/svg+xml,<svg onload=alert(1)>", alt: "data" } },
      ),
    );
    expect(html).not.toMatch(/javascript:|data:|onload/i);
    expect(html).toContain('href="https://example.org/plan"');
    expect(html).toContain('href="mailto:team@example.org"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('<img alt="bad" />');
  });

  it("returns the checked document unchanged", () => {
    const input = doc(paragraph(text("Hello")));
    expect(renderRichText(input).json).toEqual(input);
  });

  it.each([
    ["null", null],
    ["a string", "<p>hello</p>"],
    ["a node that is not a doc", paragraph(text("x"))],
    ["a doc without content", { type: "doc" }],
    ["a node without a type", doc({ content: [] })],
    ["a node with a numeric type", doc({ type: 5 })],
    ["text that is not a string", doc(paragraph({ type: "text", text: 42 }))],
  ])("refuses %s with a ValidationError", (_label, input) => {
    expect(() => renderRichText(input)).toThrow(ValidationError);
  });

  it.each([
    ["an unknown node type", doc({ type: "script", content: [text("alert(1)")] })],
    ["an unknown mark", doc(paragraph(text("x", [{ type: "script" }])))],
    ["a code block (turned off in the editor)", doc({ type: "codeBlock", content: [text("x")] })],
  ])("refuses %s with a ValidationError", (_label, input) => {
    expect(() => renderRichText(input)).toThrow(ValidationError);
  });
});
