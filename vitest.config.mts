import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
// With DATABASE_URL every test file shares one real PostgreSQL database, migrated once in globalSetup:
// files then run one at a time. Without it each file gets its own in-memory PGlite (see setup.ts).
const sharedServer = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/lint/**/*.test.ts", "tests/messages/**/*.test.ts"],
    setupFiles: ["tests/support/setup.ts"],
    globalSetup: sharedServer ? ["tests/support/global-setup.ts"] : [],
    pool: "forks",
    maxWorkers: 2,
    fileParallelism: !sharedServer,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
