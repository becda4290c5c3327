/**
 * A tiny typed kit for email HTML: `html` is a tagged template that escapes every interpolated value
 * unless it is already SafeHtml (made by `html` itself), so text from the database can never become
 * markup. Arrays are joined; null, undefined and false render nothing.
 */
import { escapeHtml } from "@/lib/text/escape-html";

export class SafeHtml {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  toString(): string {
    return this.#value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index] as HtmlValue) : ""), ""));
}

/** Only http(s) and mailto links reach an email: anything else (javascript:, data:) becomes "#". */
export function safeHref(href: string): string {
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : "#";
}
