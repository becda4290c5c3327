import type { Page } from "@playwright/test";
import { squeeze, type XssPayload } from "@/tests/support/xss-corpus";

/** What a page did with the corpus: every list should stay empty. */
export interface XssProbe {
  /** `__xss(<id>)` calls, from any frame. */
  fired: string[];
  /** alert, confirm, prompt or print called, or a dialog opened. */
  dialogs: string[];
  /** Uncaught errors naming __xss (a payload that ran where the marker was missing). */
  errors: string[];
  /** Content-Security-Policy violations: something tried to run and was stopped. */
  csp: string[];
}

/**
 * Defines `window.__xss` (and hooks the dialogs) in every frame before any of the page's scripts,
 * reporting through the console so calls from frames are seen too.
 */
export async function installXssProbe(page: Page): Promise<XssProbe> {
  const probe: XssProbe = { fired: [], dialogs: [], errors: [], csp: [] };
  await page.addInitScript(() => {
    const report = (kind: string, detail: string) => console.log(`XSS-PROBE ${kind} ${detail}`);
    Object.defineProperty(window, "__xss", { value: (id: unknown) => report("fired", String(id)), writable: false, configurable: false });
    const target = window as unknown as Record<string, unknown>;
    for (const name of ["alert", "confirm", "prompt", "print"]) target[name] = (message?: unknown) => report("dialog", `${name}: ${String(message)}`);
    // zod (in the comment form) probes for eval with `new Function("")`, which the policy refuses: that
    // refusal is the app's own feature test, not a payload (a payload would have to run first to call eval).
    document.addEventListener("securitypolicyviolation", (event) => {
      if (event.blockedURI !== "eval") report("csp", `${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on("console", (message) => {
    const match = /^XSS-PROBE (fired|dialog|csp) ([\s\S]*)$/.exec(message.text());
    if (!match) return;
    const [, kind, detail = ""] = match;
    if (kind === "fired") probe.fired.push(detail);
    else if (kind === "dialog") probe.dialogs.push(detail);
    else probe.csp.push(detail);
  });
  page.on("dialog", (dialog) => {
    probe.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => {
    if (/__xss/.test(error.message)) probe.errors.push(error.message);
  });
  return probe;
}

export interface PageScan {
  injected: string[];
  handlers: string[];
  unsafeUrls: string[];
  /** The payloads (of those expected) whose text is not on the page. */
  missing: number[];
}

/**
 * Lets the page settle (load, two frames), hovers and focuses it, then looks for what the corpus
 * could have left behind: elements with data-xss, event-handler attributes, addresses that resolve
 * to anything but http(s) or mailto; and which expected payloads are not shown as text.
 */
export async function scanPage(page: Page, expected: readonly XssPayload[] = []): Promise<PageScan> {
  await page.waitForLoadState("load");
  await page.mouse.move(10, 10);
  await page.mouse.move(640, 360, { steps: 4 });
  await page.keyboard.press("Tab");
  const found = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const attributes = ["href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcdoc"];
    const unsafe = (value: string) => {
      try {
        return !["http:", "https:", "mailto:"].includes(new URL(value, document.baseURI).protocol);
      } catch {
        return false;
      }
    };
    const all = [...document.querySelectorAll("*")];
    return {
      injected: [...document.querySelectorAll("[data-xss]")].map((element) => `${element.tagName.toLowerCase()}[data-xss=${element.getAttribute("data-xss")}]`),
      handlers: all.flatMap((element) => element.getAttributeNames().filter((name) => /^on/i.test(name)).map((name) => `${element.tagName.toLowerCase()}[${name}]`)),
      unsafeUrls: all.flatMap((element) =>
        attributes.flatMap((name) => {
          const value = element.getAttribute(name);
          return value !== null && (name === "srcdoc" || unsafe(value)) ? [`${element.tagName.toLowerCase()}[${name}]=${value}`] : [];
        }),
      ),
      text: `${document.title} ${document.body.textContent ?? ""} ${[...document.querySelectorAll("input, textarea")].map((field) => (field as HTMLInputElement).value).join(" ")}`,
    };
  });
  const shown = squeeze(found.text);
  return { injected: found.injected, handlers: found.handlers, unsafeUrls: found.unsafeUrls, missing: expected.filter((payload) => !shown.includes(squeeze(payload.text))).map((payload) => payload.id) };
}

/** Tallies for the figures printed at the end of each XSS spec (reset at its start: a worker may run both). */
export const tally = { pages: 0, placements: 0, fields: new Set<string>() };

export function resetTally(): void {
  tally.pages = 0;
  tally.placements = 0;
  tally.fields.clear();
}

/** Opens `path`, scans it and returns everything that should be empty, labelled. */
export async function visitAndScan(page: Page, probe: XssProbe, path: string, expected: readonly XssPayload[], field: string) {
  const response = await page.goto(path);
  const status = response?.status() ?? 0;
  const scan = await scanPage(page, expected);
  tally.pages += 1;
  tally.placements += expected.length;
  tally.fields.add(field);
  return { path, status, ...scan, fired: [...probe.fired], dialogs: [...probe.dialogs], errors: [...probe.errors], csp: [...probe.csp] };
}

export const CLEAN = { status: 200, injected: [], handlers: [], unsafeUrls: [], missing: [], fired: [], dialogs: [], errors: [], csp: [] };
