import { Fragment } from "react";
import type { Locale } from "@/lib/i18n/locales";

const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;

/**
 * A comment's plain text: paragraphs and line breaks kept, web addresses made into links that
 * carry no referrer or ranking. React escapes everything else, so markup in a comment stays text.
 * Marked with the language it is written in, and `dir="auto"`: a comment in Urdu reads right to
 * left on an English page, one in English left to right on an Urdu page.
 */
export function CommentBody({ text, locale }: { text: string; locale: Locale }) {
  return (
    <div className="comment__body" lang={locale} dir="auto">
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>
          {paragraph.split("\n").map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line.split(URL_PATTERN).map((part, partIndex) =>
                partIndex % 2 === 1 ? (
                  <a key={partIndex} href={part} rel="nofollow ugc noopener noreferrer">
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
