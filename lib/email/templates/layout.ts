import { Button, Heading, Paragraph } from "@/lib/email/components/blocks";
import { html } from "@/lib/email/components/html";

/** An accessible, plain HTML email body: real headings and paragraphs, a language, a title. */
export function emailHtml(options: { title: string; paragraphs: string[]; action?: { label: string; href: string }; footer: string }): string {
  const paragraphs = options.paragraphs.map((text) => Paragraph({ children: text }));
  const action = options.action ? Button({ href: options.action.href, children: options.action.label }) : null;
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${options.title}</title></head><body style="margin:0;padding:24px;background:#ffffff;color:#0b0c0c;font-family:Arial,sans-serif;font-size:17px;line-height:1.5"><main>${Heading({ level: 1, children: options.title })}${paragraphs}${action}<p style="margin:32px 0 0;font-size:14px;color:#505a5f">${options.footer}</p></main></body></html>`.toString();
}
