/**
 * The XSS corpus: payloads generated from families (raw tags, every common event handler,
 * javascript:/data:/vbscript: addresses in many spellings, entity and percent encodings, unicode
 * escapes, mutation XSS, attribute and script breakouts, spreadsheet formulas, markup only).
 *
 * Every payload that could run calls `__xss(<id>)`, so a browser test that defines `window.__xss`
 * knows exactly which one ran; every element a payload tries to inject carries `data-xss="<id>"`,
 * so a test can also assert that no such element exists even where a Content-Security-Policy would
 * have stopped the script. Shared by the Playwright specs and the Vitest tests.
 */
import { type Template, ADDRESS_FORMS, ENCODED, EVENT_HANDLERS, FORMULAS, MARKUP_ONLY, MUTATION, BREAKOUTS, TAGS, UNICODE } from "./xss-families";

export interface XssPayload {
  /** 1-based, stable for a given corpus: the argument of `__xss`. */
  id: number;
  family: string;
  text: string;
}

/** A template receives the payload's id and the script to run (`__xss(<id>)`). */

function build(): XssPayload[] {
  const families: [string, readonly Template[]][] = [
    ["tag", TAGS],
    ["event-handler", EVENT_HANDLERS],
    ["address", ADDRESS_FORMS],
    ["encoding", ENCODED],
    ["unicode", UNICODE],
    ["mutation", MUTATION],
    ["breakout", BREAKOUTS],
    ["formula", FORMULAS],
    ["markup", MARKUP_ONLY],
  ];
  const payloads: XssPayload[] = [];
  const seen = new Set<string>();
  for (const [family, templates] of families) {
    for (const template of templates) {
      const id = payloads.length + 1;
      const text = template(id, `__xss(${id})`);
      if (seen.has(text)) continue;
      seen.add(text);
      payloads.push({ id, family, text });
    }
  }
  return payloads;
}

export const XSS_CORPUS: readonly XssPayload[] = build();

/** The payloads that are web addresses (javascript:, data:, vbscript: and friends): for link targets. */
export const XSS_ADDRESSES: readonly XssPayload[] = XSS_CORPUS.filter((payload) => payload.family === "address" && !payload.text.startsWith("<"));

/** Families counted, for the figures the tests print. */
export function corpusFamilies(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const payload of XSS_CORPUS) counts[payload.family] = (counts[payload.family] ?? 0) + 1;
  return counts;
}

/** Text compared without whitespace: renderers may split lines into paragraphs or <br>s. */
export function squeeze(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\s+/g, "");
}
