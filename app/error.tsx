"use client";

import { useTranslations } from "next-intl";

/** Unexpected errors: a calm message and the reference (Next's digest) that matches the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("body", { reference: error.digest ?? "unknown" })}</p>
      <button type="button" className="button button--secondary" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
