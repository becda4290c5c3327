import { readFileSync } from "node:fs";
import path from "node:path";
import messages from "@/messages/en.json";
import { logger } from "@/lib/logger";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from "./locales";
export type Messages = typeof messages;

type Tree = { [key: string]: string | string[] | Tree };

/** `translated` laid over English: a key the translation lacks keeps its English text, and is listed. */
export function withEnglishFallback(english: Tree, translated: Tree, prefix = "", missing: string[] = []): { messages: Tree; missing: string[] } {
  const merged: Tree = {};
  for (const [key, value] of Object.entries(english)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    const theirs = translated[key];
    if (typeof value === "string" || Array.isArray(value)) {
      // A list of paragraphs is taken whole: a translation may well say it in more or fewer.
      const usable = typeof value === "string" ? typeof theirs === "string" && theirs.trim() !== "" : Array.isArray(theirs) && theirs.length > 0 && theirs.every((item) => typeof item === "string" && item.trim() !== "");
      merged[key] = usable ? (theirs as string | string[]) : value;
      if (!usable) missing.push(dotted);
    } else {
      merged[key] = withEnglishFallback(value, theirs && typeof theirs === "object" && !Array.isArray(theirs) ? theirs : {}, dotted, missing).messages;
    }
  }
  return { messages: merged, missing };
}

const loaded = new Map<Locale, Messages>();

function readTranslation(locale: Locale): Tree {
  try {
    return JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree;
  } catch (error) {
    logger.error({ locale, err: error }, "message file unreadable: the whole language falls back to English");
    return {};
  }
}

/**
 * A language's messages, read once. What its file lacks is shown in English, and logged once (when the
 * file is first read), never as a raw key.
 */
export function loadMessages(locale: Locale = DEFAULT_LOCALE): Messages {
  if (locale === DEFAULT_LOCALE) return messages;
  const known = loaded.get(locale);
  if (known) return known;
  const { messages: merged, missing } = withEnglishFallback(messages as unknown as Tree, readTranslation(locale));
  if (missing.length > 0) logger.warn({ locale, count: missing.length, keys: missing.slice(0, 20) }, "translations missing: shown in English");
  loaded.set(locale, merged as unknown as Messages);
  return merged as unknown as Messages;
}
