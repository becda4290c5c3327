import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Keyboard-only helpers: nothing here clicks. Each Tab stop is checked as a person would see it:
 * the focus is visible (an outline or a ring, WCAG 2.4.7), the focused element is on screen and not
 * entirely hidden by anything else (2.4.11), and Tab moves on (no keyboard trap, 2.1.2).
 */

type FocusState = { key: string; describe: string; visible: boolean; onScreen: boolean; covered: boolean };

async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { key: "body", describe: "body", visible: true, onScreen: true, covered: false };
    const style = getComputedStyle(element);
    const transparent = (colour: string) => colour === "transparent" || /rgba\(.*,\s*0\)$/.test(colour);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor);
    const ring = style.boxShadow !== "none" && style.boxShadow !== "";
    const rect = element.getBoundingClientRect();
    const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    // Entirely hidden: every sampled point inside it shows something that is neither it nor inside it.
    const points = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + 2, rect.top + 2],
      [rect.right - 2, rect.bottom - 2],
    ];
    const covered = points.every(([x, y]) => {
      const top = document.elementFromPoint(x ?? 0, y ?? 0);
      return top !== null && top !== element && !element.contains(top) && !(top instanceof HTMLLabelElement && top.control === (element as Element));
    });
    const path = [element.tagName.toLowerCase(), element.id ? `#${element.id}` : "", element.getAttribute("name") ? `[name=${element.getAttribute("name")}]` : ""].join("");
    return { key: `${path}@${Math.round(rect.top + scrollY)},${Math.round(rect.left)}`, describe: `${path} "${(element.textContent ?? "").trim().slice(0, 40)}"`, visible: outline || ring, onScreen, covered };
  });
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
}

/** Tab (or Shift+Tab) until one of `target`'s elements has focus, checking every stop on the way. */
export async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  if (await isFocused(target)) return;
  let previous = "";
  for (let stop = 0; stop < (options.max ?? 120); stop += 1) {
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    const state = await focusState(page);
    expect(state.key, `Tab did not move on from ${state.describe}: a keyboard trap`).not.toBe(previous);
    previous = state.key;
    if (state.key !== "body") {
      expect(state.visible, `no visible focus on ${state.describe}`).toBe(true);
      expect(state.onScreen, `${state.describe} has focus but is off screen`).toBe(true);
      expect(state.covered, `${state.describe} has focus but is hidden behind something else`).toBe(false);
    }
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Types into a field reached by Tab, replacing what it held. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

/** Presses a button or follows a link reached by Tab. */
export async function activate(page: Page, control: Locator, key: "Enter" | "Space" = "Enter"): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press(key);
}

/** Ticks a checkbox reached by Tab. */
export async function tick(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box);
  if (!(await box.isChecked())) await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

/** Chooses a radio in a group: Tab into the group (one stop), then arrow keys to the answer. */
export async function chooseRadio(page: Page, group: Locator, answer: Locator): Promise<void> {
  await tabTo(page, group.getByRole("radio"));
  for (let step = 0; step < 20 && !(await answer.isChecked()); step += 1) {
    if (!(await isFocused(answer))) await page.keyboard.press("ArrowDown");
    else await page.keyboard.press("Space");
  }
  await expect(answer).toBeChecked();
}

/** Chooses an option of a select reached by Tab, with the arrow keys. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  for (let step = 0; step < 60; step += 1) {
    const chosen = await select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? "");
    if (chosen === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`"${label}" is not an option of ${select}`);
}

/**
 * Every control on the page is at least 24 by 24 CSS pixels, or has room around it: a 24-pixel
 * square on its centre touches no other control (WCAG 2.5.8). Links inside a sentence are exempt.
 */
export async function expectTargetSizes(page: Page): Promise<void> {
  const small = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]")].filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== "hidden";
    });
    const inSentence = (element: HTMLElement) => {
      if (element.tagName !== "A") return false;
      const parent = element.parentElement;
      return parent !== null && [...parent.childNodes].some((node) => node !== element && node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim().length > 0);
    };
    const rects = controls.map((element) => element.getBoundingClientRect());
    return controls.flatMap((element, index) => {
      const rect = rects[index] as DOMRect;
      if ((rect.width >= 24 && rect.height >= 24) || inSentence(element)) return [];
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const clash = rects.some((other, otherIndex) => otherIndex !== index && !controls[otherIndex]?.contains(element) && !element.contains(controls[otherIndex] as Node) && other.left < x + 12 && other.right > x - 12 && other.top < y + 12 && other.bottom > y - 12);
      return clash ? [`${element.tagName.toLowerCase()} "${(element.textContent ?? element.getAttribute("aria-label") ?? "").trim().slice(0, 30)}" ${Math.round(rect.width)}x${Math.round(rect.height)}`] : [];
    });
  });
  expect(small, `targets under 24 by 24 pixels, crowded by others, on ${page.url()}`).toEqual([]);
}
