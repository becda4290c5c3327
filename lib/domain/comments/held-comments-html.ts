import { formatDateTime } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";
import { escapeHtml } from "@/lib/text/escape-html";

/** A reader's own comment waiting for a moderator: only they see it. */
export type HeldComment = { id: string; body: string; locale: Locale; createdAt: string };
/** The words around it, in the page's language (carried by the page itself: see personalise). */
export type HeldLabels = { notice: string; edit: string; delete: string };

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split("\n").map(escapeHtml).join("<br/>")}</p>`)
    .join("");

/**
 * A reader's comments waiting for a moderator, as list items: when, the notice that only they can
 * see it, the words (as text: nothing in them becomes markup or a link until a moderator has seen
 * them), and Edit (while the edit window is open) and Delete. The same HTML whether the page is
 * rendered for the reader or the shared page is made theirs, so React leaves it as it is.
 */
export function heldCommentsHtml(comments: readonly HeldComment[], editable: ReadonlySet<string>, labels: HeldLabels, slug: string, pageLocale: Locale): string {
  return comments
    .map((comment) => {
      const base = `/topics/${escapeHtml(slug)}/comments/${escapeHtml(comment.id)}`;
      const when = new Date(comment.createdAt);
      const edit = editable.has(comment.id) ? `<a href="${base}/edit">${escapeHtml(labels.edit)}</a>` : "";
      return (
        `<li class="comment comment--held" id="comment-${escapeHtml(comment.id)}"><article>` +
        `<p class="comment__meta"><time dateTime="${when.toISOString()}">${escapeHtml(formatDateTime(when, pageLocale))}</time></p>` +
        `<p class="comment__held">${escapeHtml(labels.notice)}</p>` +
        `<div class="comment__body" lang="${comment.locale}" dir="auto">${paragraphs(comment.body)}</div>` +
        `<div class="comment__controls">${edit}<a href="${base}/delete">${escapeHtml(labels.delete)}</a></div>` +
        `</article></li>`
      );
    })
    .join("");
}
