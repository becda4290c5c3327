import type { Block, EmailDocument, Inline } from "./document";

const underline = (text: string, character: string) => `${text}\n${character.repeat(Math.min(text.length, 72))}`;
const inline = (item: Inline) => `${item.text}${item.href ? ` <${item.href}>` : ""}${item.after ?? ""}`;

function block(item: Block): string {
  switch (item.kind) {
    case "heading":
      return item.level === 2 ? `\n${underline(item.text.toUpperCase(), "=")}` : underline(item.text, "-");
    case "paragraph":
      return item.text;
    case "links":
      return item.items.map(inline).join("\n");
    case "list":
      return item.items.map((entry) => `* ${inline(entry)}`).join("\n");
    case "quote":
      return `> "${item.text}"\n> ${inline(item.source)}`;
    case "stat":
      return `${item.value} ${item.label}${item.note ? `\n${item.note}` : ""}`;
    case "table":
      return [item.caption, ...item.rows.map((row) => `* ${row.map((cell, index) => (index === 0 ? inline(cell) : `${item.head[index] ?? ""}: ${inline(cell)}`)).join("; ")}`)].join("\n");
    case "button":
      return `${item.text}: ${item.href}`;
  }
}

/** The plain-text part, from the same document as the HTML. */
export function renderText(document: EmailDocument): string {
  return [underline(document.title, "="), ...document.blocks.map(block), "", "--", ...document.footer.map(block)].join("\n\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}
