/**
 * The end-to-end test server: a fresh PostgreSQL database (dropped and created), migrated and seeded,
 * then `npm run build` and `npm start`'s server (two processes) against it. Playwright starts this and stops it afterwards.
 */
import { spawn } from "node:child_process";
import postgres from "postgres";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL, E2E_PORT } from "../e2e/support/settings";

const target = new URL(E2E_DATABASE_URL);
const databaseName = target.pathname.slice(1);
const admin = new URL(E2E_DATABASE_URL);
admin.pathname = "/postgres";

const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: E2E_DATABASE_URL,
  AUTH_URL: E2E_BASE_URL,
  AUTH_SECRET: E2E_AUTH_SECRET,
  ADMIN_EMAILS: "",
  RESEND_API_KEY: "",
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: "warn",
  // Journeys fill forms faster than a person: the minimum fill time is checked in lib/security's tests.
  FORM_MIN_FILL_SECONDS: "0",
  // As behind one proxy: each test sends its own address in X-Forwarded-For (e2e/support/fixtures.ts),
  // so the per-client limits count each test on its own while several run at once. With no proxy
  // (the default, 0) the socket's peer is the client: lib/security/client-address.test.ts covers that.
  TRUSTED_PROXY_HOPS: "1",
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function recreateDatabase(): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(databaseName)) throw new Error(`Unsafe e2e database name: ${databaseName}`);
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => undefined });
  try {
    await sql.unsafe(`drop database if exists ${databaseName} with (force)`);
    await sql.unsafe(`create database ${databaseName}`);
  } finally {
    await sql.end();
  }
}

async function main(): Promise<void> {
  await recreateDatabase();
  await run("npx", ["tsx", "--conditions=react-server", "scripts/db.ts", "prepare"], serverEnv);
  // `npm run build`: Next's build and the standalone folder the Dockerfile ships, which
  // `npm run test:deploy` boots afterwards from the same build.
  if (process.env.E2E_SKIP_BUILD !== "1") await run("npm", ["run", "build"], serverEnv);
  // `npm start`'s server with two processes, as a council with two cores would run it: the journeys
  // then also cover writes in one process clearing the other's page cache.
  const server = spawn("npx", ["tsx", "scripts/serve.ts"], { env: { ...serverEnv, PORT: String(E2E_PORT), WEB_CONCURRENCY: "2" }, stdio: "inherit" });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
