import path from "node:path";

/**
 * The PDF's fonts, embedded (PDF's standard 14 fonts are not, and a tagged accessible PDF must embed
 * its fonts): Noto Sans, regular and bold, as the WOFF files @fontsource/noto-sans-gurmukhi ships
 * (already a dependency for the Punjabi pages): its "latin" subset, and "latin-ext" for the letters
 * that one lacks (Polish "ł", Turkish "ş"; see runs.ts). Read from disk at run time like the message
 * files: next.config.js traces them into the server build.
 */
const FILES = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-gurmukhi", "files");
const file = (subset: "latin" | "latin-ext", weight: 400 | 700) => path.join(FILES, `noto-sans-gurmukhi-${subset}-${weight}-normal.woff`);

export const REPORT_FONTS = {
  regular: { latin: file("latin", 400), latinExt: file("latin-ext", 400) },
  bold: { latin: file("latin", 700), latinExt: file("latin-ext", 700) },
} as const;
