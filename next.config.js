// @ts-check
// Loading lib/env.ts validates the environment: a bad or missing variable stops the app here,
// with a message naming it, before anything is built or served.
const { require: tsxRequire } = require("tsx/cjs/api");
const createNextIntlPlugin = require("next-intl/plugin");

const { env } = tsxRequire("./lib/env.ts", __filename);

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(env.NODE_ENV === "production" && env.AUTH_URL.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server in .next/standalone (only the files the server traces, node_modules
  // included): what the Dockerfile ships. `npm run build` then adds the static files, the
  // migrations and the compiled entry points (scripts/assemble-standalone.ts). Traced from this
  // folder, wherever the project sits.
  output: "standalone",
  outputFileTracingRoot: __dirname,
  // PGlite ships WASM and resolves files at run time: it must not be bundled (see STACK-NOTES).
  serverExternalPackages: ["@electric-sql/pglite", "pino", "happy-dom", "pdfkit", "wink-nlp", "wink-eng-lite-web-model"],
  // The languages' message files are read at run time (lib/i18n/config.ts): ship them with every
  // server function in a traced build (standalone, Vercel), not only with the ones that import en.json.
  // The consultation report's PDF embeds its fonts, read from disk (lib/reports/pdf/fonts.ts).
  outputFileTracingIncludes: {
    "/**": ["./messages/*.json"],
    "/api/**/reports/**": ["./node_modules/@fontsource/noto-sans-gurmukhi/files/noto-sans-gurmukhi-latin*-{400,700}-normal.woff"],
  },
  // Topic documents may be 10 MB. Both limits sit well above that, so a file a little too large still
  // reaches the form's own check ("must be 10 MB or smaller") instead of a 413 or a body the proxy cut
  // short (the proxy's own default is exactly 10 MB); with JavaScript the browser refuses any size first.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "25mb" }, proxyClientMaxBodySize: "25mb" },
  async headers() {
    // A partner contact's signed link is a key: never send it to another site in a Referer, never let
    // it be indexed. "same-origin", not "no-referrer": with no-referrer a browser sends "Origin: null"
    // on a form POST, and Next refuses the server action (the page must work without JavaScript).
    const signedLinkHeaders = [
      { key: "Referrer-Policy", value: "same-origin" },
      { key: "X-Robots-Tag", value: "noindex, nofollow" },
    ];
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/partners/preferences/:token", headers: signedLinkHeaders },
      { source: "/api/partners/unsubscribe/:token", headers: signedLinkHeaders },
    ];
  },
};

module.exports = createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
