/**
 * An email as a list of typed blocks, written once and rendered twice: to accessible HTML
 * (render-html.ts) and to the plain-text part (render-text.ts), so the two always say the same.
 */
import type { Locale } from "@/lib/i18n/locales";

export interface Inline {
  text: string;
  href?: string;
  /** Plain words after the link, e.g. " (12 comments)". */
  after?: string;
}

export type Block =
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "paragraph"; text: string; small?: boolean; lang?: Locale }
  | { kind: "links"; items: Inline[] }
  | { kind: "list"; items: Inline[] }
  | { kind: "quote"; text: string; source: Inline }
  | { kind: "stat"; value: string; label: string; note?: string }
  | { kind: "table"; caption: string; head: string[]; rows: Inline[][] }
  | { kind: "button"; text: string; href: string };

export interface EmailDocument {
  /** The title element and the one h1. */
  title: string;
  blocks: Block[];
  /** Small print: why the email came, preference and unsubscribe links. */
  footer: Block[];
  /** The language it is written in (English unless given). */
  locale?: Locale;
}
