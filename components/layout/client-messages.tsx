import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, type Namespace } from "@/lib/i18n/client-namespaces";

/**
 * Sends the browser the message namespaces its client components use: those many pages need,
 * plus `extra` for the pages below (a nested provider replaces its parent's messages, so it carries
 * both). Pages that need no extra text send none of it.
 */
async function ClientMessages({ extra = [], children }: { extra?: readonly Namespace[]; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries([...CLIENT_NAMESPACES, ...extra].map((namespace) => [namespace, all[namespace]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** A layout that only adds namespaces: `export default messagesLayout(["people", "roles"]);` */
export function messagesLayout(extra: readonly Namespace[]) {
  return function MessagesLayout({ children }: { children: ReactNode }) {
    return <ClientMessages extra={extra}>{children}</ClientMessages>;
  };
}
