/**
 * What the accessibility statement says is tested, and where each check lives. The statement lists
 * these (app/(public)/accessibility); tests/lint/accessibility-statement.test.ts fails when a named
 * test or assertion is missing, so the statement cannot claim a check that is not made.
 */
export type Evidence = { file: string; test: string } | { file: string; asserts: string };

export const ACCESSIBILITY_CHECKS = {
  axe: [{ file: "e2e/support/fixtures.ts", asserts: '"wcag22aa"' }],
  languages: [{ file: "e2e/languages.spec.ts", test: "has no accessibility problems, and no English key shows" }],
  keyboard: [
    { file: "e2e/keyboard.spec.ts", test: "signing in with the keyboard alone" },
    { file: "e2e/keyboard.spec.ts", test: "comment, reply and report with the keyboard alone" },
    { file: "e2e/keyboard.spec.ts", test: "an officer moderates a reported comment with the keyboard alone" },
    { file: "e2e/keyboard.spec.ts", test: "an employer answers the skills-gap survey with the keyboard alone, errors on the way" },
  ],
  focus: [
    { file: "e2e/support/keyboard.ts", asserts: "no visible focus on" },
    { file: "e2e/support/keyboard.ts", asserts: "has focus but is hidden behind something else" },
    { file: "e2e/support/keyboard.ts", asserts: "a keyboard trap" },
  ],
  skipLink: [{ file: "e2e/keyboard.spec.ts", asserts: '"Skip to main content"' }],
  targets: [{ file: "e2e/support/keyboard.ts", asserts: "targets under 24 by 24 pixels" }],
  reflow: [{ file: "e2e/reflow.spec.ts", test: "no page scrolls sideways, in English and in Urdu" }],
  zoom: [{ file: "e2e/reflow.spec.ts", test: "a 1280 by 1024 window zoomed to 400%" }],
  motion: [{ file: "e2e/reflow.spec.ts", test: "a device set to reduce motion gets no animation or transition" }],
  charts: [{ file: "e2e/reflow.spec.ts", test: "every chart has a text alternative" }],
  noJavaScript: [
    { file: "e2e/languages.spec.ts", test: "choosing a language without JavaScript" },
    { file: "e2e/comments.spec.ts", test: "without JavaScript" },
    { file: "e2e/survey-respond.spec.ts", test: "without JavaScript" },
  ],
  authentication: [{ file: "e2e/keyboard.spec.ts", test: "no password or puzzle" }],
  dragging: [{ file: "tests/lint/accessibility-statement.test.ts", test: "no action needs dragging" }],
} as const satisfies Record<string, readonly Evidence[]>;

export type AccessibilityCheck = keyof typeof ACCESSIBILITY_CHECKS;
export const ACCESSIBILITY_CHECK_IDS = Object.keys(ACCESSIBILITY_CHECKS) as AccessibilityCheck[];
