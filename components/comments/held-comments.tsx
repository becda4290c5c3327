import { getTranslations } from "next-intl/server";
import { heldCommentsHtml, type HeldComment } from "@/lib/domain/comments/held-comments-html";
import { HELD_LIST_SLOT, HELD_SLOT } from "@/lib/domain/comments/viewer-slots";
import type { TopicViewerState } from "@/lib/domain/comments/viewer-state";
import type { Locale } from "@/lib/i18n/locales";

const SHARED_PAGE_LIST = "<!---->";

type Props = { slug: string; pageLocale: Locale; /** The reader, or null on the page every participant shares (filled in per response: lib/page-cache/personalise). */ reader: { state: TopicViewerState; held: HeldComment[] } | null };

/**
 * A signed-in reader's comments waiting for a moderator, above the discussion: only they see them.
 * The list is HTML React leaves alone, made by the same function here and when the shared page is
 * made a reader's, and it carries its own words for that.
 */
export async function HeldComments({ slug, pageLocale, reader }: Props) {
  const t = await getTranslations("comments");
  const labels = { notice: t("heldNotice"), edit: t("edit"), delete: t("delete") };
  const held = reader?.held ?? [];
  // On the shared page an empty comment, which no reader's list ever is: after an action, React's
  // refresh then always writes the reader's list, whatever the cache filled in.
  const html = reader ? heldCommentsHtml(held, new Set(reader.state.editable), labels, slug, pageLocale) : SHARED_PAGE_LIST;
  return (
    <section data-slot={HELD_SLOT} hidden={held.length === 0} className="held-comments" aria-labelledby="held-comments-title">
      <h3 id="held-comments-title">{t("heldTitle")}</h3>
      <ol data-slot={HELD_LIST_SLOT} data-labels={JSON.stringify(labels)} className="comment-list" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
