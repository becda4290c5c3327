import path from "node:path";

/**
 * The PDF's fonts, embedded (PDF's standard 14 fonts are not, and a tagged accessible PDF must embed
 * its fonts): Noto Sans, regular and bold, the Latin subset that @fontsource/noto-sans-gurmukhi ships
 * as WOFF (already a dependency for the Punjabi pages). Read from disk at run time like the message
 * files: next.config.js traces them into the server build.
 */
const FILES = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-gurmukhi", "files");

export const REPORT_FONTS = {
  regular: path.join(FILES, "noto-sans-gurmukhi-latin-400-normal.woff"),
  bold: path.join(FILES, "noto-sans-gurmukhi-latin-700-normal.woff"),
} as const;
