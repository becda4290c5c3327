import { DEFAULT_LOCALE, localeDirection, type Locale } from "@/lib/i18n/locales";
import { html, safeHref, type HtmlValue, type SafeHtml } from "./html";

/**
 * Email building blocks returning SafeHtml: real headings, paragraphs, lists and tables with inline
 * styles (mail clients drop style sheets). Colours meet WCAG AA contrast on white.
 */
const COLOURS = { text: "#0b0c0c", secondary: "#505a5f", link: "#1d70b8", button: "#00703c", border: "#b1b4b6", quote: "#f3f2f1" } as const;

export function Heading({ level, children }: { level: 1 | 2 | 3; children: HtmlValue }): SafeHtml {
  if (level === 1) return html`<h1 style="font-size:24px;margin:0 0 16px">${children}</h1>`;
  if (level === 2) return html`<h2 style="font-size:20px;margin:32px 0 12px;padding-top:16px;border-top:2px solid ${COLOURS.border}">${children}</h2>`;
  return html`<h3 style="font-size:17px;margin:20px 0 8px">${children}</h3>`;
}

/** A paragraph; `lang` marks one in another language than the email's (its direction too). */
export function Paragraph({ children, small = false, lang }: { children: HtmlValue; small?: boolean; lang?: Locale }): SafeHtml {
  const language = lang ? html` lang="${lang}" dir="${localeDirection(lang)}"` : "";
  return small ? html`<p${language} style="margin:0 0 16px;font-size:14px;color:${COLOURS.secondary}">${children}</p>` : html`<p${language} style="margin:0 0 16px">${children}</p>`;
}

export function Link({ href, children }: { href: string; children: HtmlValue }): SafeHtml {
  return html`<a href="${safeHref(href)}" style="color:${COLOURS.link};text-decoration:underline">${children}</a>`;
}

/** A call to action; the address is written out below it too, for clients that strip buttons. */
export function Button({ href, children, showAddress = true }: { href: string; children: HtmlValue; showAddress?: boolean }): SafeHtml {
  return html`<p style="margin:24px 0"><a href="${safeHref(href)}" style="background:${COLOURS.button};color:#ffffff;padding:12px 20px;text-decoration:none;font-weight:bold;display:inline-block">${children}</a></p>${showAddress ? html`<p style="margin:0 0 16px;word-break:break-all;font-size:14px">${href}</p>` : null}`;
}

export function List({ items }: { items: readonly HtmlValue[] }): SafeHtml {
  return html`<ul style="margin:0 0 16px;padding-left:24px">${items.map((item) => html`<li style="margin:0 0 8px">${item}</li>`)}</ul>`;
}

export function Quote({ children, source }: { children: HtmlValue; source?: HtmlValue }): SafeHtml {
  return html`<blockquote style="margin:0 0 16px;padding:12px 16px;border-left:4px solid ${COLOURS.border};background:${COLOURS.quote}"><p style="margin:0">${children}</p>${source ? html`<p style="margin:8px 0 0;font-size:14px;color:${COLOURS.secondary}">${source}</p>` : null}</blockquote>`;
}

/** A figure with its label, e.g. "42 comments". */
export function Stat({ value, label, note }: { value: HtmlValue; label: HtmlValue; note?: HtmlValue }): SafeHtml {
  return html`<p style="margin:0 0 16px"><strong style="font-size:24px">${value}</strong> ${label}${note ? html`<br><span style="font-size:14px;color:${COLOURS.secondary}">${note}</span>` : null}</p>`;
}

/** A data table: a caption, column headers with scope, and the first cell of each row as its header. */
export function Table({ caption, head, rows }: { caption: HtmlValue; head: readonly HtmlValue[]; rows: readonly (readonly HtmlValue[])[] }): SafeHtml {
  const cell = "padding:8px;border-bottom:1px solid " + COLOURS.border + ";text-align:start;vertical-align:top";
  return html`<table style="border-collapse:collapse;width:100%;margin:0 0 16px"><caption style="text-align:start;font-weight:bold;padding:0 0 8px">${caption}</caption><thead><tr>${head.map((label) => html`<th scope="col" style="${cell}">${label}</th>`)}</tr></thead><tbody>${rows.map(([first, ...rest]) => html`<tr><th scope="row" style="${cell};font-weight:normal">${first}</th>${rest.map((value) => html`<td style="${cell}">${value}</td>`)}</tr>`)}</tbody></table>`;
}

/** The opening of an email's document: its language and direction. */
export function htmlStart(locale: Locale = DEFAULT_LOCALE): SafeHtml {
  return html`<!doctype html><html lang="${locale}" dir="${localeDirection(locale)}">`;
}

/** The whole document: a language, a title, one main region and a footer. */
export function Layout({ title, children, footer, locale }: { title: string; children: HtmlValue; footer: HtmlValue; locale?: Locale }): string {
  return html`${htmlStart(locale)}<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body style="margin:0;padding:24px;background:#ffffff;color:${COLOURS.text};font-family:Arial,sans-serif;font-size:17px;line-height:1.5"><main style="max-width:640px">${children}</main><footer style="margin:32px 0 0;font-size:14px;color:${COLOURS.secondary}">${footer}</footer></body></html>`.toString();
}
