import { describe, expect, it } from "vitest";
import { controlsId, helpfulButtonId } from "@/lib/domain/comments/viewer-slots";
import { personalise } from "./personalise";

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";
const C = "33333333-3333-4333-8333-333333333333";
const comment = (id: string) =>
  `<div id="${controlsId(id)}" data-own="false" data-editable="false" class="comment__controls"><button id="${helpfulButtonId(id)}" aria-pressed="false">Helpful</button></div>`;
const page = [
  `<html><head><title>t</title></head><body>`,
  `<span data-slot="viewer-name"></span><li data-slot="staff-link" hidden=""><a href="/console">Console</a></li>`,
  `<button id="follow-topic" aria-pressed="false">Follow</button>`,
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
});
