"use client";

import { useEffect, useRef } from "react";
import type { FieldErrors } from "@/lib/errors";

/** GOV.UK error summary: a focused box at the top of the form linking to each field with a problem. */
type Props = {
  title: string;
  message: string;
  fieldErrors: FieldErrors;
  /** The fields this form shows, by name; errors for these are listed and linked. */
  labels: Record<string, string>;
  /** Element ids where they differ from the field names. */
  fieldIds?: Record<string, string>;
};

export function ErrorSummary({ title, message, fieldErrors, labels, fieldIds }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message, fieldErrors]);
  const entries = Object.entries(fieldErrors).filter(([field]) => field in labels);
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      {entries.length === 0 ? <p>{message}</p> : null}
      {entries.length > 0 ? (
        <ul className="error-summary__list">
          {entries.map(([field, messages]) => (
            <li key={field}>
              <a href={`#${fieldIds?.[field] ?? field}`}>{messages[0]}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
