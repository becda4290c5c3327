import { Fragment } from "react";

const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;

/**
 * A comment's plain text: paragraphs and line breaks kept, web addresses made into links that
 * carry no referrer or ranking. React escapes everything else, so markup in a comment stays text.
 */
export function CommentBody({ text }: { text: string }) {
  return (
    <div className="comment__body">
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
