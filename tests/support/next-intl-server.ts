/**
 * next-intl/server for tests outside a Next request: `vi.mock("next-intl/server", () => import("@/tests/support/next-intl-server"))`.
 * Translators read the real messages/en.json (with ICU plurals and `has`), in English.
 */
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/lib/i18n/config";

export const getLocale = async () => "en";

export const getTranslations = async (options?: string | { namespace?: string }) =>
  createTranslator({ locale: "en", messages: loadMessages(), namespace: (typeof options === "string" ? options : options?.namespace) as never });
