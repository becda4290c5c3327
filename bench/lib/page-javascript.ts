import { get } from "node:http";
import { gzipSync } from "node:zlib";

/** One JavaScript file a page loads: its size, gzipped at level 9, and as the server sends it to a browser that accepts gzip. */
type ScriptFile = { url: string; bytes: number; gzipBytes: number; servedBytes: number; editor: boolean };

export type PageJavaScript = {
  path: string;
  files: ScriptFile[];
  /** Sum of the files gzipped by zlib at level 9: what the budget is checked against. */
  gzipTotal: number;
  /** Sum of the bodies the server sends to a browser that accepts gzip (it leaves files under 1 KB as they are). */
  servedTotal: number;
  /** Inline <script> bodies (Next's RSC payload and bootstrap), gzipped: not files, so not in the total. */
  inlineGzip: number;
};

/** Editor code (tiptap and ProseMirror): its class name survives minification as a string. */
const EDITOR_MARK = /ProseMirror|tiptap/;

const decode = (value: string) => value.replace(/&amp;/g, "&");
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];

/**
 * The scripts a modern browser loads for this HTML, in order, once each: every `<script src>` (but
 * not `nomodule` ones, Next's polyfills, which only browsers without modules fetch), and every
 * `<link rel="modulepreload">` or `<link rel="preload" as="script">`.
 */
function scriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    if (isScript && /\snomodule[\s=>]/i.test(tag)) continue;
    const rel = attribute(tag, "rel")?.toLowerCase();
    const src = isScript ? attribute(tag, "src") : rel === "modulepreload" || (rel === "preload" && attribute(tag, "as")?.toLowerCase() === "script") ? attribute(tag, "href") : undefined;
    if (src) urls.push(decode(src));
  }
  return [...new Set(urls)];
}

/** The inline scripts' bodies (no src). */
function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1] ?? "").join("\n");
}

/** The length of the body the server sends to a browser that accepts gzip (compressed or not). */
function servedLength(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let length = 0;
      response.on("data", (chunk: Buffer) => (length += chunk.length));
      response.on("end", () => resolve(length));
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** Fetches a page as a signed-out browser does and sums the JavaScript files it loads. */
export async function pageJavaScript(baseUrl: string, path: string): Promise<PageJavaScript> {
  const page = await fetch(`${baseUrl}${path}`, { headers: { accept: "text/html" } });
  const html = await page.text();
  if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
  const files: ScriptFile[] = [];
  for (const src of scriptUrls(html)) {
    const url = new URL(src, `${baseUrl}${path}`).toString();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    files.push({ url, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, servedBytes: await servedLength(url), editor: EDITOR_MARK.test(body.toString("latin1")) });
  }
  return {
    path,
    files,
    gzipTotal: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    servedTotal: files.reduce((sum, file) => sum + file.servedBytes, 0),
    inlineGzip: gzipSync(inlineScripts(html), { level: 9 }).length,
  };
}
