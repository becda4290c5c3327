/**
 * The JavaScript budget of the pages residents land on: the sum of every script file a page loads
 * (each gzipped by zlib at level 9), signed out, in a modern browser. Checked in CI by
 * e2e/javascript-budget.spec.ts and printed by `npm run bench:web`. Kilobytes here are 1,000 bytes,
 * as browsers' developer tools count them.
 */
export const KB = 1000;

/** Issue 16's target for each resident page: at most 80 KB of gzipped JavaScript. */
export const JAVASCRIPT_TARGET_BYTES = 80 * KB;

/**
 * The resident pages on the demo data (lib/seed): home, the first demo topic and the skills-gap
 * survey's start page, each with what CI enforces so a regression fails the build: what the page
 * loads now plus about 5 KB. Lower a budget when a page gets lighter; the target is above. React DOM
 * and Next's router alone are about 132 KB (see README's Performance section).
 */
export const RESIDENT_PAGES = [
  { name: "home", path: "/", budgetBytes: 145 * KB },
  { name: "topic", path: "/topics/building-a-coventry-that-works-for-all", budgetBytes: 160 * KB },
  { name: "survey start", path: "/surveys/employer-skills-gap-survey", budgetBytes: 145 * KB },
] as const;
