// ESLint: Next's own rules (core web vitals and TypeScript). The layer rules and the no-cycles rule
// live in .dependency-cruiser.cjs, unused files, exports and dependencies in knip.json; `npm run lint`
// runs all three with zero warnings allowed.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // An underscore marks a value left out on purpose (a destructured column, a rest sibling).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // next.config.js and the dependency-cruiser configs are CommonJS: their tools load them with require.
    files: ["next.config.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Playwright fixtures hand their value on through a function named `use`, which is not React's.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "playwright-report/**", "test-results/**", "supabase/**", "next-env.d.ts"]),
]);
