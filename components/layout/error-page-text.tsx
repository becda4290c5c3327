"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The error page's words in the reader's language, given by the root layout (a server component) so
 * that app/error.tsx, which must be a client component, needs no translation library in the browser:
 * every page would otherwise load next-intl's client for these five sentences.
 */
export type ErrorPageText = {
  title: string;
  /** The body around the reference (Next's digest), formatted on the server. */
  bodyBefore: string;
  bodyAfter: string;
  retry: string;
  unavailableTitle: string;
  unavailableBody: string;
};

const ErrorPageTextContext = createContext<ErrorPageText | null>(null);

export function ErrorPageTextProvider({ text, children }: { text: ErrorPageText; children: ReactNode }) {
  return <ErrorPageTextContext value={text}>{children}</ErrorPageTextContext>;
}

export function useErrorPageText(): ErrorPageText {
  const text = useContext(ErrorPageTextContext);
  if (!text) throw new Error("useErrorPageText needs the root layout's ErrorPageTextProvider");
  return text;
}
