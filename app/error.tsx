"use client";

import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";

/**
 * Unexpected errors: a calm message and the reference (Next's digest) that matches the server log.
 * While the database is away (DatabaseUnavailableError keeps its own digest): nothing was lost, try again.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div className="narrow">
      <h1>{unavailable ? t("unavailableTitle") : t("title")}</h1>
      <p className="lead">{unavailable ? t("unavailableBody") : t("body", { reference: error.digest ?? "unknown" })}</p>
      <button type="button" className="button button--secondary" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
