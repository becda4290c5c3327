import { describe, expect, it } from "vitest";
import { controlsId, helpfulButtonId } from "@/lib/domain/comments/viewer-slots";
import type { Locale } from "@/lib/i18n/locales";
import { compileTemplate, fillTemplate, type PageReader } from "./personalise";

/** The page made this reader's, as the cache does it: cut once into a template, then filled. */
const personalise = (body: string, reader: PageReader, locale: Locale = "en") => fillTemplate(compileTemplate(body, { nonce: "\u0000" }), { nonce: "\u0000", locale, reader });

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";
const C = "33333333-3333-4333-8333-333333333333";
const comment = (id: string) =>
  `<div id="${controlsId(id)}" data-own="false" data-editable="false" class="comment__controls"><button id="${helpfulButtonId(id)}" aria-pressed="false">Helpful</button></div>`;
const page = [
  `<html><head><title>t</title></head><body>`,
  `<span data-slot="viewer-name"></span><li data-slot="staff-link" hidden=""><a href="/console">Console</a></li>`,
  `<button id="follow-topic" aria-pressed="false">Follow</button>`,
  `<section data-slot="held" hidden="" class="held-comments"><h3>Yours, waiting</h3><ol data-slot="held-list" data-labels="{&quot;notice&quot;:&quot;Only you can see this&quot;,&quot;edit&quot;:&quot;Edit&quot;,&quot;delete&quot;:&quot;Delete &amp; go&quot;}" class="comment-list"><!----></ol></section>`,
  comment(A),
  comment(B),
  comment(C),
  `</body></html>`,
].join("");
const state = { slug: "buses", marked: [B], own: [A, C], editable: [C], following: true };

describe("personalise", () => {
  it("fills in the reader's name (escaped), their own comments, their marks and their follow", () => {
    const html = personalise(page, { name: `Ann <b>"O'Neil"</b>`, staff: false, state });
    expect(html).toContain(`<span data-slot="viewer-name">Ann &lt;b&gt;&quot;O&#39;Neil&quot;&lt;/b&gt;</span>`);
    expect(html).toContain(`<li data-slot="staff-link" hidden="">`);
    expect(html).toContain(`id="follow-topic" aria-pressed="true"`);
    expect(html).toContain(`id="controls-${A}" data-own="true" data-editable="false"`);
    expect(html).toContain(`id="controls-${B}" data-own="false" data-editable="false"`);
    expect(html).toContain(`id="controls-${C}" data-own="true" data-editable="true"`);
    expect(html).toContain(`id="helpful-${B}" aria-pressed="true"`);
    expect(html).toContain(`id="helpful-${A}" aria-pressed="false"`);
    expect(html).toContain(`id="helpful-${C}" aria-pressed="false"`);
  });

  it("shows the console link to staff only, and changes nothing for a reader with nothing of their own", () => {
    expect(personalise(page, { name: "Officer", staff: true, state })).toContain(`<li data-slot="staff-link"><a href="/console">`);
    const nothing = personalise(page, { name: "New", staff: false, state: { slug: "buses", marked: [], own: [], editable: [], following: false } });
    expect(nothing.replace(/<script type="application\/json"[^]*?<\/script>/, "").replace(">New<", "><")).toBe(page);
  });

  it("adds the state as a JSON data block in the head that no text can break out of", () => {
    const html = personalise(page, { name: "Ann", staff: false, state: { ...state, slug: "</script><script>alert(1)" } });
    const block = html.match(/<script type="application\/json" id="lt-viewer-state">([^]*?)<\/script><\/head>/);
    expect(block?.[1]).not.toContain("<");
    expect(JSON.parse(block?.[1] ?? "null")).toMatchObject({ slug: "</script><script>alert(1)", marked: [B] });
  });

  it("on a page that is not a topic fills in the header alone", () => {
    const html = personalise(page, { name: "Officer Ann", staff: true, state: null });
    expect(html).toContain(`<span data-slot="viewer-name">Officer Ann</span>`);
    expect(html).toContain(`<li data-slot="staff-link"><a href="/console">`);
    expect(html).not.toContain("lt-viewer-state");
    expect(html).toContain(`id="follow-topic" aria-pressed="false"`);
    expect(html).toContain(`id="controls-${A}" data-own="false" data-editable="false"`);
  });

  it("shows the reader's comments waiting for a moderator, as text, with the page's own words", () => {
    const held = [{ id: C, body: "Night buses <script>alert(1)</script>\nplease", locale: "pl" as const, createdAt: "2026-12-04T10:00:00.000Z" }];
    const html = personalise(page, { name: "Ann", staff: false, state, held });
    expect(html).toContain(`<section data-slot="held" class="held-comments">`);
    expect(html).toContain(`<li class="comment comment--held" id="comment-${C}">`);
    expect(html).toContain("Night buses &lt;script&gt;alert(1)&lt;/script&gt;<br/>please");
    expect(html).toContain(`<p class="comment__held">Only you can see this</p>`);
    expect(html).toContain(`<a href="/topics/buses/comments/${C}/edit">Edit</a><a href="/topics/buses/comments/${C}/delete">Delete &amp; go</a>`);
    expect(html).toContain(`lang="pl" dir="auto"`);
    expect(personalise(page, { name: "Ann", staff: false, state })).toContain(`<section data-slot="held" hidden="" class="held-comments">`);
  });
});
