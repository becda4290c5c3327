/**
 * Reads an HTML string the way a page or a mail client would receive it (happy-dom's parser, no
 * scripts run) and lists anything executable or injected: elements carrying `data-xss`, event-handler
 * attributes, addresses that resolve to anything but http(s) or mailto, and active elements.
 */
import { Window } from "happy-dom";

export interface HtmlFindings {
  /** `data-xss` values of injected elements. */
  injected: string[];
  /** `tag[onsomething]` for every event-handler attribute. */
  handlers: string[];
  /** `tag[attribute]=value` for every address that could run script. */
  unsafeUrls: string[];
  /** Elements that run, embed or redirect: script, iframe, object, base, meta refresh, ... */
  activeElements: string[];
  /** The document's text content. */
  text: string;
}

const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcdoc"];
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** As a browser would resolve it (the WHATWG URL parser strips controls, tabs and newlines): http(s) or mailto only. */
function isSafeAddress(value: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(value, "https://lets-talk.example/").protocol);
  } catch {
    return true; // An address that does not parse goes nowhere.
  }
}
const ACTIVE = "script, iframe, frame, frameset, object, embed, applet, base, form, input, button, textarea, select, style, link, svg, math, template, noscript, xmp, meta[http-equiv]";

let parser: InstanceType<Window["DOMParser"]> | null = null;

export function inspectHtml(html: string): HtmlFindings {
  // One window for every document parsed: it runs nothing and holds no timers.
  parser ??= new new Window().DOMParser();
  const document = parser.parseFromString(html, "text/html");
  const all = [...document.querySelectorAll("*")];
  return {
    injected: [...document.querySelectorAll("[data-xss]")].map((element) => element.getAttribute("data-xss") ?? ""),
    handlers: all.flatMap((element) => element.getAttributeNames().filter((name) => /^on/i.test(name)).map((name) => `${element.tagName.toLowerCase()}[${name}]`)),
    unsafeUrls: all.flatMap((element) =>
      URL_ATTRIBUTES.flatMap((name) => {
        const value = element.getAttribute(name);
        return value !== null && (name === "srcdoc" || !isSafeAddress(value)) ? [`${element.tagName.toLowerCase()}[${name}]=${value}`] : [];
      }),
    ),
    activeElements: [...document.querySelectorAll(ACTIVE)].map((element) => element.tagName.toLowerCase()),
    text: document.documentElement.textContent ?? "",
  };
}
