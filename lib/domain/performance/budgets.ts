/**
 * The JavaScript budget of the pages residents land on: the sum of every script file a page loads
 * (each gzipped by zlib at level 9), signed out. Checked in CI by e2e/javascript-budget.spec.ts and
 * printed by `npm run bench:web`. Kilobytes here are 1,000 bytes, as browsers' developer tools count.
 */
export const KB = 1000;

/** Issue 16's target for each resident page: at most 80 KB of gzipped JavaScript. */
export const JAVASCRIPT_TARGET_BYTES = 80 * KB;

/**
 * What CI enforces, so a regression fails the build: what the resident pages load now plus a small
 * margin (see README's Performance section). Lower it as pages get lighter; the target is above.
 */
export const JAVASCRIPT_BUDGET_BYTES = 160 * KB;

/** The resident pages on the demo data (lib/seed): home, the first demo topic and the skills-gap survey's start page. */
export const RESIDENT_PAGES = [
  { name: "home", path: "/" },
  { name: "topic", path: "/topics/building-a-coventry-that-works-for-all" },
  { name: "survey start", path: "/surveys/employer-skills-gap-survey" },
] as const;
