"use client";

import { useErrorPageText } from "@/components/layout/error-page-text";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";

/**
 * Unexpected errors: a calm message and the reference (Next's digest) that matches the server log.
 * While the database is away (DatabaseUnavailableError keeps its own digest): nothing was lost, try again.
 * Its words come from the root layout (components/layout/error-page-text.tsx).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useErrorPageText();
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="narrow">
      <h1>{unavailable ? text.unavailableTitle : text.title}</h1>
      <p className="lead">{unavailable ? text.unavailableBody : `${text.bodyBefore}${error.digest ?? "unknown"}${text.bodyAfter}`}</p>
      <button type="button" className="button button--secondary" onClick={reset}>
        {text.retry}
      </button>
    </div>
  );
}
