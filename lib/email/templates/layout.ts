const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** An accessible, plain HTML email body: real headings and paragraphs, a language, a title. */
export function emailHtml(options: { title: string; paragraphs: string[]; action?: { label: string; href: string }; footer: string }): string {
  const paragraphs = options.paragraphs.map((text) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`).join("");
  const action = options.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(options.action.href)}" style="background:#00703c;color:#ffffff;padding:12px 20px;text-decoration:none;font-weight:bold;display:inline-block">${escapeHtml(options.action.label)}</a></p><p style="margin:0 0 16px;word-break:break-all;font-size:14px">${escapeHtml(options.action.href)}</p>`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(options.title)}</title></head><body style="margin:0;padding:24px;background:#ffffff;color:#0b0c0c;font-family:Arial,sans-serif;font-size:17px;line-height:1.5"><main><h1 style="font-size:24px;margin:0 0 16px">${escapeHtml(options.title)}</h1>${paragraphs}${action}<p style="margin:32px 0 0;font-size:14px;color:#505a5f">${escapeHtml(options.footer)}</p></main></body></html>`;
}
