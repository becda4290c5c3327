import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";
import { CommentBody } from "./comment-body";

type Props = {
  slug: string;
  comment: { id: string; shown: "published" | "held" | "deleted" | "gone"; body: string; locale: Locale; authorName: string | null; createdAt: Date };
  title: string;
  /** The form, or why there is none. */
  children: ReactNode;
};

/** A page for one thing to do with a comment (reply, report, edit, delete): the comment, the form, the way back. */
export async function CommentActionPage({ slug, comment, title, children }: Props) {
  const t = await getTranslations("commentPages");
  const tComments = await getTranslations("comments");
  const visible = comment.shown === "published" || comment.shown === "held";
  return (
    <div className="comment-page">
      <h1>{title}</h1>
      {visible ? (
        <figure className="comment-quote" aria-label={t("commentLabel")}>
          <figcaption className="comment__meta">
            <strong>{comment.authorName ?? tComments("anonymous")}</strong> <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
          </figcaption>
          <CommentBody text={comment.body} locale={comment.locale} />
        </figure>
      ) : (
        <p className="notice">{comment.shown === "deleted" ? t("deletedNotice") : t("gone")}</p>
      )}
      {children}
      <p>
        <Link href={`/topics/${slug}#comment-${comment.id}`} prefetch={false}>
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
