/** Where the end-to-end server listens and the database it gets (created fresh for every run). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/lets_talk_e2e";
/** The end-to-end server's AUTH_SECRET: the specs sign partner contact links with it, as the server does. */
export const E2E_AUTH_SECRET = "end-to-end-test-secret-not-for-production-000";
