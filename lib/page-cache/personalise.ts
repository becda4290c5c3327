import type { TopicViewerState } from "@/lib/domain/comments/viewer-state";
import { FOLLOW_BUTTON_ID, STAFF_LINK_SLOT, VIEWER_NAME_SLOT, VIEWER_STATE_SCRIPT_ID } from "@/lib/domain/comments/viewer-slots";
import { escapeHtml } from "@/lib/text/escape-html";

/** The signed-in reader a shared page is being sent to. */
export type PageReader = { name: string; staff: boolean; state: TopicViewerState };

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** A comment's controls (own or not, editable or not) and its helpful button (pressed or not), as the shared page renders them. */
const COMMENT_MARKERS = new RegExp(`id="(controls|helpful)-(${UUID})" (data-own="false" data-editable="false"|aria-pressed="false")`, "g");

/** The state as a JSON data block: never run, and `<` escaped so no text in it can close the element. */
function stateScript(state: TopicViewerState): string {
  return `<script type="application/json" id="${VIEWER_STATE_SCRIPT_ID}">${JSON.stringify(state).replace(/</g, "\\u003c")}</script>`;
}

/**
 * The page every participant shares, made this reader's: their name in the header, the console link
 * for staff, their own comments' edit and delete links, their helpful marks and their follow as
 * pressed buttons (so the page is right without JavaScript), and the same state as a JSON data block
 * for the page's components to take over when they start. One pass over the comments.
 */
export function personalise(body: string, viewer: PageReader): string {
  const { state } = viewer;
  const own = new Set(state.own);
  const editable = new Set(state.editable);
  const marked = new Set(state.marked);
  let html = body.replace(`<span data-slot="${VIEWER_NAME_SLOT}"></span>`, `<span data-slot="${VIEWER_NAME_SLOT}">${escapeHtml(viewer.name)}</span>`);
  if (viewer.staff) html = html.replace(`<li data-slot="${STAFF_LINK_SLOT}" hidden="">`, `<li data-slot="${STAFF_LINK_SLOT}">`);
  if (state.following) html = html.replace(`id="${FOLLOW_BUTTON_ID}" aria-pressed="false"`, `id="${FOLLOW_BUTTON_ID}" aria-pressed="true"`);
  if (own.size > 0 || marked.size > 0) {
    html = html.replace(COMMENT_MARKERS, (found, kind: string, id: string) => {
      if (kind === "controls") return own.has(id) ? `id="controls-${id}" data-own="true" data-editable="${editable.has(id)}"` : found;
      return marked.has(id) ? `id="helpful-${id}" aria-pressed="true"` : found;
    });
  }
  return html.replace("</head>", `${stateScript(state)}</head>`);
}
