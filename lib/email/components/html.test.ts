import { describe, expect, it } from "vitest";
import { Button, Heading, Layout, Link, List, Table } from "./blocks";
import { html, safeHref } from "./html";

describe("the html template", () => {
  it("escapes every interpolated string", () => {
    expect(html`<p>${`<script>alert("x")</script> & 'y'`}</p>`.toString()).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>");
  });

  it("keeps markup made by html itself, joins arrays and drops empty values", () => {
    const inner = html`<b>${"a<b"}</b>`;
    expect(html`<div>${inner}${[html`<i>1</i>`, "<2>"]}${null}${undefined}${false}${0}</div>`.toString()).toBe("<div><b>a&lt;b</b><i>1</i>&lt;2&gt;0</div>");
  });

  it("cannot be fooled by a string that looks like markup", () => {
    const lookalike = { toString: () => "<img src=x onerror=alert(1)>" };
    expect(html`${String(lookalike)}`.toString()).not.toContain("<img");
  });

  it("attribute values cannot break out of their quotes", () => {
    expect(Link({ href: 'https://example.test/"onmouseover="alert(1)', children: "x" }).toString()).toContain('href="https://example.test/&quot;onmouseover=&quot;alert(1)"');
  });

  it("only lets http, https and mailto links through", () => {
    expect(safeHref("javascript:alert(1)")).toBe("#");
    expect(safeHref(" JavaScript:alert(1)")).toBe("#");
    expect(safeHref("data:text/html,x")).toBe("#");
    expect(safeHref("https://example.test/a")).toBe("https://example.test/a");
    expect(Button({ href: "javascript:alert(1)", children: "Go" }).toString()).toContain('href="#"');
  });
});

describe("the blocks", () => {
  it("a table has a caption, column headers with scope and a row header per row", () => {
    const table = Table({ caption: "Responses", head: ["Survey", "Count"], rows: [["Skills <gap>", "200"]] }).toString();
    expect(table).toContain("<caption");
    expect(table).toMatch(/<th scope="col"[^>]*>Survey<\/th>/);
    expect(table).toMatch(/<th scope="row"[^>]*>Skills &lt;gap&gt;<\/th><td[^>]*>200<\/td>/);
    expect(table).not.toContain("role=");
  });

  it("a list is a real list", () => {
    expect(List({ items: ["a", "b"] }).toString()).toMatch(/^<ul[^>]*><li[^>]*>a<\/li><li[^>]*>b<\/li><\/ul>$/);
  });

  it("the layout has a language, a title and the heading levels asked for", () => {
    const page = Layout({ title: "A & B", children: Heading({ level: 1, children: "A & B" }), footer: "Footer" });
    expect(page).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
    expect(page).toContain("<title>A &amp; B</title>");
    expect(page.match(/<h1/g)).toHaveLength(1);
  });
});
