import { Button, Heading, htmlStart, Paragraph } from "@/lib/email/components/blocks";
import type { Locale } from "@/lib/i18n/locales";
import { html } from "@/lib/email/components/html";

/** An accessible, plain HTML email body: real headings and paragraphs, a language, a title. */
function emailHtml(options: { title: string; paragraphs: string[]; action?: { label: string; href: string }; footer: string; locale?: Locale }): string {
  const paragraphs = options.paragraphs.map((text) => Paragraph({ children: text }));
  const action = options.action ? Button({ href: options.action.href, children: options.action.label }) : null;
  return html`${htmlStart(options.locale)}<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${options.title}</title></head><body style="margin:0;padding:24px;background:#ffffff;color:#0b0c0c;font-family:Arial,sans-serif;font-size:17px;line-height:1.5"><main>${Heading({ level: 1, children: options.title })}${paragraphs}${action}<p style="margin:32px 0 0;font-size:14px;color:#505a5f">${options.footer}</p></main></body></html>`.toString();
}

/** A one-action email, its plain text and HTML saying the same: a title, a few paragraphs, a button, small print. */
export function simpleEmail(options: { subject?: string; title: string; paragraphs: string[]; action: { label: string; href: string }; footer: string; locale?: Locale }) {
  return {
    subject: options.subject ?? options.title,
    text: [options.title, "", ...options.paragraphs, "", options.action.href, "", options.footer].join("\n"),
    html: emailHtml(options),
  };
}
