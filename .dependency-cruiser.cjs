/**
 * The layers, checked: `npm run lint` runs `depcruise` with these rules and fails on any of them.
 * docs/architecture.md draws the picture; in short, arrows point one way:
 *   app/ (routes) ──▶ components/ (render)  ──▶ lib/domain/ (pure rules)
 *        └──▶ lib/auth/ (route support) ──▶ lib/server/ (use cases) ──▶ lib/db, lib/storage, lib/email
 * tests/lint/boundaries.test.ts cruises a small project that breaks each rule and expects each to fail.
 */

/** Infrastructure: anything that does I/O (database, files, mail, logs, the environment, caches). */
const INFRASTRUCTURE = "^lib/(db|storage|email|reports|logger|env|page-cache|seed|jobs)(/|\\.ts$)";
/** The route layer's own helpers: Auth.js set-up, the action and route wrappers, guards, the error table. */
const ROUTE_SUPPORT = "^lib/auth/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No cycles anywhere: a cycle means two modules are one, or one of them is in the wrong layer.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "components-not-to-routes",
      comment: "Components render what they are given: server actions arrive as props, never imported from app/.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^app/", pathNot: "^app/styles/" },
    },
    {
      name: "components-not-to-use-cases",
      comment: "Components do not fetch: the page calls the use case and passes the result down.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: ["^lib/server/", ROUTE_SUPPORT, INFRASTRUCTURE] },
    },
    {
      name: "routes-not-to-database",
      comment: "Routes call use cases; only use cases (and the outbox they write to) touch the database.",
      severity: "error",
      from: { path: ["^app/", "^proxy\\.ts$", "^instrumentation\\.ts$"] },
      to: { path: "^lib/db/(client|migrate)" },
    },
    {
      name: "database-only-from-use-cases",
      comment: "Only use cases, the database layer, Auth.js's adapter, seeding and the outbox dispatcher read or write the database.",
      severity: "error",
      from: { path: "^(lib|app|components)/", pathNot: ["^lib/server/", "^lib/db/", "^lib/seed/", "^lib/auth/config\\.ts$"] },
      to: { path: "^lib/db/client" },
    },
    {
      name: "use-cases-not-to-next",
      comment: "Use cases know nothing of HTTP: no next/*, no next-auth, no cookies or redirects; routes hand them plain values.",
      severity: "error",
      from: { path: "^lib/server/" },
      to: { path: ["^node_modules/next/", "^node_modules/next-auth/", "^node_modules/next-intl/", ROUTE_SUPPORT, "^app/", "^components/"] },
    },
    {
      name: "domain-is-pure",
      comment:
        "lib/domain holds the pure rules: no I/O, no framework, no use cases. It may import zod, csv-parse, postcode (UK postcode parsing), email-providers (a list of webmail domains) and the shared pure helpers (lib/errors, lib/format, lib/text); a type-only import of next-intl's translator type is allowed.",
      severity: "error",
      from: { path: "^lib/domain/", pathNot: "\\.test\\.ts$" },
      to: {
        pathNot: ["^lib/domain/", "^lib/validations/", "^lib/(errors|format/[^/]+|text/[^/]+)\\.ts$", "^lib/i18n/locales\\.ts$", "^node_modules/(zod|csv-parse|postcode|email-providers)/"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "infrastructure-not-to-upper-layers",
      comment: "The database, storage and mail layers serve use cases: they never import use cases, routes or components. (next-intl's request config is the request edge of lib/i18n: it reads the request and the signed-in person's language.)",
      severity: "error",
      from: { path: "^lib/(db|storage|email|reports|page-cache|security|i18n|rich-text|format|text)/", pathNot: "^lib/i18n/request\\.ts$" },
      to: { path: ["^lib/server/", "^app/", "^components/", ROUTE_SUPPORT] },
    },
    {
      name: "no-test-code-in-the-app",
      comment: "The app never imports test helpers.",
      severity: "error",
      from: { path: "^(app|components|lib)/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^(tests|e2e)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^\\.next/", "^tests/lint/fixtures/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
  },
};
