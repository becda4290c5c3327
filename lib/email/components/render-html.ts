import { Button, Heading, Layout, Link, List, Paragraph, Quote, Stat, Table } from "./blocks";
import type { Block, EmailDocument, Inline } from "./document";
import { html, type SafeHtml } from "./html";

function inline(item: Inline): SafeHtml {
  return html`${item.href ? Link({ href: item.href, children: item.text }) : item.text}${item.after ?? ""}`;
}

function block(item: Block): SafeHtml {
  switch (item.kind) {
    case "heading":
      return Heading({ level: item.level, children: item.text });
    case "paragraph":
      return Paragraph({ children: item.text, small: item.small, lang: item.lang });
    case "links":
      return Paragraph({ children: item.items.map((entry, index) => html`${index > 0 ? " | " : ""}${inline(entry)}`), small: true });
    case "list":
      return List({ items: item.items.map(inline) });
    case "quote":
      return Quote({ children: item.text, source: inline(item.source) });
    case "stat":
      return Stat({ value: item.value, label: item.label, note: item.note });
    case "table":
      return Table({ caption: item.caption, head: item.head, rows: item.rows.map((row) => row.map(inline)) });
    case "button":
      return Button({ href: item.href, children: item.text });
  }
}

/** The HTML part: one h1 (the title), the blocks in order, and the footer. */
export function renderHtml(document: EmailDocument): string {
  return Layout({ title: document.title, children: html`${Heading({ level: 1, children: document.title })}${document.blocks.map(block)}`, footer: document.footer.map(block), locale: document.locale });
}
