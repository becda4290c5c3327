import { randomUUID } from "node:crypto";
import type { TopicViewerState } from "@/lib/domain/comments/viewer-state";
import { FOLLOW_BUTTON_ID, HELD_LIST_SLOT, HELD_SLOT, STAFF_LINK_SLOT, VIEWER_NAME_SLOT, VIEWER_STATE_SCRIPT_ID } from "@/lib/domain/comments/viewer-slots";
import { heldCommentsHtml, type HeldComment, type HeldLabels } from "@/lib/domain/comments/held-comments-html";
import type { Locale } from "@/lib/i18n/locales";
import type { FormTokens } from "@/lib/domain/comments/viewer-state";
import { issueFormToken } from "@/lib/security/form-guard";
import { escapeHtml } from "@/lib/text/escape-html";

/** The signed-in reader a shared page is being sent to; on a topic page, their state and their comments waiting for a moderator. */
export type PageReader = { name: string; staff: boolean; state: TopicViewerState | null; held?: HeldComment[] };

/**
 * A cached page cut once into plain text and the places that differ per response: the nonce, the
 * participants' form values, and the reader's slots. Each response is then one join, not a search
 * of the whole page.
 */
type Part =
  | string
  | { slot: "nonce" | "submissionKey" | "formToken" | "name" | "staff" | "follow" | "head" | "held" }
  | { slot: "controls" | "helpful"; id: string }
  | { slot: "heldList"; labels: HeldLabels; raw: string };
export type PageTemplate = Part[];

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const NAME = `<span data-slot="${VIEWER_NAME_SLOT}"></span>`;
const STAFF = `<li data-slot="${STAFF_LINK_SLOT}" hidden="">`;
const FOLLOW = `id="${FOLLOW_BUTTON_ID}" aria-pressed="false"`;
const HELD = `<section data-slot="${HELD_SLOT}" hidden=""`;
/** A comment's controls (own or not, editable or not) and its helpful button (pressed or not), as the shared page renders them. */
const COMMENT = `id="(controls|helpful)-(${UUID})" (?:data-own="false" data-editable="false"|aria-pressed="false")`;
/** The (empty) list of the reader's held comments, carrying its words. */
const HELD_LIST = `<ol data-slot="${HELD_LIST_SLOT}" data-labels="([^"]*)" class="comment-list"><!----></ol>`;

/** An attribute's value as React wrote it, read back. */
const unescapeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Cuts a rendered page at every place a response fills in. */
export function compileTemplate(body: string, rendered: { nonce: string; tokens?: FormTokens }): PageTemplate {
  const fixed: [string, Part][] = [[rendered.nonce, { slot: "nonce" }]];
  if (rendered.tokens) fixed.push([rendered.tokens.submissionKey, { slot: "submissionKey" }], [rendered.tokens.formToken, { slot: "formToken" }]);
  fixed.push([NAME, { slot: "name" }], [STAFF, { slot: "staff" }], [FOLLOW, { slot: "follow" }], [HELD, { slot: "held" }], ["</head>", { slot: "head" }]);
  const slots = new Map(fixed);
  const pattern = new RegExp(`${fixed.map(([text]) => escapeRegExp(text)).join("|")}|${COMMENT}|${HELD_LIST}`, "g");
  const parts: Part[] = [];
  let at = 0;
  for (const match of body.matchAll(pattern)) {
    parts.push(body.slice(at, match.index));
    const [text, kind, id, labels] = match;
    if (labels !== undefined) parts.push({ slot: "heldList", labels: JSON.parse(unescapeAttribute(labels)) as HeldLabels, raw: labels });
    else parts.push(kind && id ? { slot: kind as "controls" | "helpful", id } : (slots.get(text) ?? text));
    at = match.index + text.length;
  }
  parts.push(body.slice(at));
  return parts;
}

/** The state as a JSON data block: never run, and `<` escaped so no text in it can close the element. */
function stateScript(state: TopicViewerState): string {
  return `<script type="application/json" id="${VIEWER_STATE_SCRIPT_ID}">${JSON.stringify(state).replace(/</g, "\\u003c")}</script>`;
}

/**
 * One response's page: this response's nonce and fresh form values, and for a signed-in reader the
 * page every participant shares made theirs: their name in the header, the console link for staff,
 * their own comments' edit and delete links, their helpful marks and their follow as pressed buttons
 * (so the page is right without JavaScript), and the same state as a JSON data block for the page's
 * components to take over when they start.
 */
export function fillTemplate(template: PageTemplate, fill: { nonce: string; locale: Locale; reader?: PageReader }): string {
  const { reader } = fill;
  const held = reader?.held ?? [];
  const state = reader?.state;
  const own = new Set(state?.own);
  const editable = new Set(state?.editable);
  const marked = new Set(state?.marked);
  let submissionKey: string | undefined;
  let out = "";
  for (const part of template) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    switch (part.slot) {
      case "nonce":
        out += fill.nonce;
        break;
      case "submissionKey":
        // The same key wherever the page carries it (the form, and the data the browser hydrates it from).
        out += submissionKey ??= randomUUID();
        break;
      case "formToken":
        out += issueFormToken();
        break;
      case "name":
        out += reader ? `<span data-slot="${VIEWER_NAME_SLOT}">${escapeHtml(reader.name)}</span>` : NAME;
        break;
      case "staff":
        out += reader?.staff ? `<li data-slot="${STAFF_LINK_SLOT}">` : STAFF;
        break;
      case "follow":
        out += `id="${FOLLOW_BUTTON_ID}" aria-pressed="${Boolean(state?.following)}"`;
        break;
      case "head":
        out += state ? `${stateScript(state)}</head>` : "</head>";
        break;
      case "controls":
        out += `id="controls-${part.id}" data-own="${own.has(part.id)}" data-editable="${own.has(part.id) && editable.has(part.id)}"`;
        break;
      case "helpful":
        out += `id="helpful-${part.id}" aria-pressed="${marked.has(part.id)}"`;
        break;
      case "held":
        out += held.length > 0 ? `<section data-slot="${HELD_SLOT}"` : HELD;
        break;
      case "heldList":
        out += `<ol data-slot="${HELD_LIST_SLOT}" data-labels="${part.raw}" class="comment-list">${state && held.length > 0 ? heldCommentsHtml(held, editable, part.labels, state.slug, fill.locale) : "<!---->"}</ol>`;
        break;
    }
  }
  return out;
}
