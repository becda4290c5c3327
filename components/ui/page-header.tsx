import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  title: ReactNode;
  /** The page one level up, as a link above everything else. */
  back?: { href: string; label: string };
  /** A line above the title (a status, what the page is a preview of). */
  caption?: ReactNode;
  /** What just happened ("saved"), announced as a success notice between the back link and the title. */
  notice?: string | null;
  /** The introduction under the title, in larger type. */
  lede?: ReactNode;
  /** Anything else that belongs under the title: a status line, a plain introduction. */
  children?: ReactNode;
  /** The page's main actions (links styled as buttons), in a row under the introduction. */
  actions?: ReactNode;
};

/** The top of a console page: the way back, the title (the page's only h1), its introduction and main actions. */
export function PageHeader({ title, back, caption, notice, lede, children, actions }: Props) {
  return (
    <header className="page-header">
      {back ? (
        <p>
          <Link href={back.href} className="back-link">
            {back.label}
          </Link>
        </p>
      ) : null}
      {notice ? (
        <div className="notice notice--success" role="status">
          {notice}
        </div>
      ) : null}
      {caption ? <p className="caption">{caption}</p> : null}
      <h1>{title}</h1>
      {lede ? <p className="lead">{lede}</p> : null}
      {children}
      {actions ? <p>{actions}</p> : null}
    </header>
  );
}
