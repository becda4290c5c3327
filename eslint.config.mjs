// ESLint: Next's own rules (core web vitals and TypeScript). The layer rules and the no-cycles rule
// live in .dependency-cruiser.cjs, unused files, exports and dependencies in knip.json; `npm run lint`
// runs all three with zero warnings allowed.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** JavaScript's own errors: their messages are developer diagnostics, never shown to a person. */
const BUILT_IN_ERRORS = "/^(Error|TypeError|RangeError|SyntaxError|EvalError|ReferenceError|URIError|AggregateError)$/";
const THROWN_SENTENCE =
  "Errors carry a message key, not a sentence: put the English in messages/en.json (problems.* for what an error says, validation.* for a field's problem) and pass the key, with its values: new NotFoundError(\"problems.topic.notFound\"), new ConflictError(\"problems.survey.opensOn\", { date }).";
/** zod's checks and constructors that take a message. */
const ZOD_CHECKS = "/^(min|max|length|regex|refine|email|uuid|url|date|enum|string|number|literal|instanceof|record|array|object|union|iso|nonempty|int|positive|startsWith|endsWith|includes)$/";
const ZOD_SENTENCE =
  "A schema's message is a key in messages/en.json (validation.*), not a sentence: .min(1, \"validation.comment.bodyRequired\"); {minimum}, {maximum} and a custom issue's params are its values.";
const THROWN_SENTENCES = [
  {
    selector: `NewExpression[callee.name=/Error$/][callee.name!=${BUILT_IN_ERRORS}] > Literal:first-child[value=/^(?!(errors|problems|validation)[.])/]`,
    message: THROWN_SENTENCE,
  },
  { selector: `NewExpression[callee.name=/Error$/][callee.name!=${BUILT_IN_ERRORS}] > TemplateLiteral:first-child`, message: THROWN_SENTENCE },
];
const ZOD_SENTENCES = [
  { selector: `CallExpression[callee.property.name=${ZOD_CHECKS}] > Literal[value=/\\s/]`, message: ZOD_SENTENCE },
  { selector: `CallExpression[callee.property.name=${ZOD_CHECKS}] > TemplateLiteral`, message: ZOD_SENTENCE },
  { selector: `CallExpression[callee.property.name=${ZOD_CHECKS}] Property[key.name=/^(message|error)$/] > Literal[value=/\\s/]`, message: ZOD_SENTENCE },
  { selector: `CallExpression[callee.property.name=/^(addIssue|refine|superRefine)$/] Property[key.name="message"] > :matches(Literal[value=/\\s/], TemplateLiteral)`, message: ZOD_SENTENCE },
];

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
    // One error funnel: what a person reads comes from messages/. The app's own errors (every
    // `new XError(...)` but JavaScript's built-in ones, which only developers see) take a message
    // key, never a sentence; zod schemas in lib/validations and lib/domain give keys as their
    // messages. tests/messages/message-keys.test.ts checks every key used is in messages/en.json.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": ["error", ...THROWN_SENTENCES],
    },
  },
  {
    files: ["lib/validations/**/*.ts", "lib/domain/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      // A later block's options replace an earlier one's for the same rule: this one keeps both sets.
      "no-restricted-syntax": ["error", ...THROWN_SENTENCES, ...ZOD_SENTENCES],
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
  globalIgnores([".next/**", "node_modules/**", ".data/**", "bench/.build/**", "playwright-report/**", "test-results/**", "supabase/**", "next-env.d.ts"]),
]);
