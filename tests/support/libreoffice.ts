import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** LibreOffice's command line (`soffice`) on the PATH, or null where it is not installed. */
export function findSoffice(): string | null {
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(folder, "soffice");
    if (folder && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * How an analyst's LibreOffice opens a CSV, at its most eager: comma-separated, UTF-8, from line 1,
 * English (US) number parsing, quoted fields not forced to text, special numbers (dates, times,
 * scientific notation) detected, and formulas evaluated (the 13th token). So a value that could run
 * as a formula would run here.
 */
export const CSV_AS_OPENED = "CSV:44,34,76,1,,1033,false,true,false,false,false,,true";

export interface Conversion {
  soffice: string;
  /** A folder of its own for this run's LibreOffice profile, so parallel runs do not share one. */
  profile: string;
  outdir: string;
  /** A target such as "xlsx" (LibreOffice writes what its own spreadsheet holds). */
  to: string;
  /** An import filter with options, for CSV; otherwise LibreOffice detects the type. */
  infilter?: string;
}

/** Opens each file in LibreOffice (headless) and saves it again; returns the paths it wrote. */
export async function convertWithLibreOffice(files: string[], { soffice, profile, outdir, to, infilter }: Conversion): Promise<string[]> {
  await mkdir(outdir, { recursive: true });
  const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck"];
  if (infilter) args.push(`--infilter=${infilter}`);
  args.push("--convert-to", to, "--outdir", outdir, ...files);
  await run(soffice, args, { timeout: 120_000 });
  const written = files.map((file) => path.join(outdir, `${path.parse(file).name}.${to}`));
  const missing = written.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}`);
  return written;
}
