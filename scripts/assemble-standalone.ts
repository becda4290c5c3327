/**
 * The second half of `npm run build`: makes .next/standalone (written by `next build`, as
 * next.config.js asks for `output: "standalone"`) a folder that runs by itself with plain `node`,
 * which the Dockerfile copies into its image:
 *   serve.mjs          scripts/serve.ts compiled: the production server (`node serve.mjs`)
 *   db.mjs             scripts/db.ts compiled: `node db.mjs migrate` (or prepare, seed) at deploy
 *   .next/static/      the browser's files, which `next build` leaves out of the standalone folder
 *   public/            (when the project has one)
 *   supabase/migrations/  the schema history db.mjs applies
 * Run after `next build`; it changes nothing outside .next/standalone.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = process.cwd();
const standalone = path.join(root, ".next", "standalone");

/** Entry points compiled into the standalone folder, each a single ES module for Node 20. */
const ENTRIES = { serve: "scripts/serve.ts", db: "scripts/db.ts" } as const;

/** Folders the server or db.mjs read at run time, copied beside them. */
const FOLDERS = [
  { from: ".next/static", to: ".next/static", required: true },
  { from: "public", to: "public", required: false },
  { from: "supabase/migrations", to: "supabase/migrations", required: true },
] as const;

const BANNER = [
  'import { createRequire as __createRequire } from "node:module";',
  'import { fileURLToPath as __fileURLToPath } from "node:url";',
  "const require = __createRequire(import.meta.url);",
  "const __filename = __fileURLToPath(import.meta.url);",
  'const __dirname = __filename.slice(0, __filename.lastIndexOf("/"));',
].join(" ");

async function compile(name: string, entry: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(standalone, `${name}.mjs`),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // As tsx runs the scripts (--conditions=react-server): `server-only` is then an empty module.
    conditions: ["react-server"],
    // Next is the standalone folder's own (traced by `next build`); PGlite is loaded at run time
    // only when there is no DATABASE_URL (lib/db/client.ts), and a standalone build has none.
    external: ["next", "next/*", "@electric-sql/pglite"],
    // Bundled CommonJS packages call require() and read __dirname: give the ES module both.
    banner: { js: BANNER },
    logLevel: "warning",
    legalComments: "none",
  });
}

async function main(): Promise<void> {
  if (!existsSync(path.join(standalone, "server.js"))) {
    throw new Error('No .next/standalone: run `next build` first (next.config.js must say output: "standalone").');
  }
  for (const folder of FOLDERS) {
    const from = path.join(root, folder.from);
    if (!existsSync(from)) {
      if (folder.required) throw new Error(`${folder.from} is missing: run \`next build\` first.`);
      continue;
    }
    const to = path.join(standalone, folder.to);
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
  for (const [name, entry] of Object.entries(ENTRIES)) await compile(name, entry);
  console.log(`Standalone server ready in ${path.relative(root, standalone)}: run \`node serve.mjs\` there (see the Dockerfile).`);
}

main().catch((error: unknown) => {
  console.error("Assembling the standalone server failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
