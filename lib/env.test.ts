import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

/** The problems parseEnv reports for `source`; fails the test if it accepts it. */
function problemsFor(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    if (error instanceof EnvError) return error.problems;
  }
  throw new Error("parseEnv accepted an invalid environment");
}

const named = (problems: string[], variable: string) => problems.filter((problem) => problem.startsWith(`${variable}:`) || problem.startsWith(`${variable}.`));

describe("parseEnv", () => {
  it("gives working defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toEqual({
      NODE_ENV: "development",
      AUTH_URL: "http://localhost:3000",
      AUTH_SECRET: expect.any(String),
      DATABASE_URL: undefined,
      DATABASE_POOL_MODE: "session",
      DATABASE_POOL_SIZE: 10,
      DATABASE_MIGRATION_URL: undefined,
      DATABASE_CONNECT_TIMEOUT_SECONDS: 5,
      DATABASE_STATEMENT_TIMEOUT_SECONDS: 30,
      PGLITE_DIR: ".data/pglite",
      ADMIN_EMAILS: [],
      EMAIL_FROM: "Let's Talk <no-reply@lets-talk.localhost>",
      RESEND_API_KEY: undefined,
      RESEND_BASE_URL: undefined,
      EMAIL_DISPATCH_INTERVAL_SECONDS: 30,
      RESEND_WEBHOOK_SECRET: undefined,
      SURVEY_TALLY_FOLD_SECONDS: 2,
      JOBS_INTERVAL_MINUTES: 60,
      PAGE_CACHE_SECONDS: 2,
      PORT: 3000,
      WEB_CONCURRENCY: 1,
      FORM_MIN_FILL_SECONDS: 2,
      OPEN_DATA_RATE_LIMIT: 60,
      OPEN_DATA_CACHE_SECONDS: 60,
      RETENTION_DRAFT_DAYS: 90,
      RETENTION_EMAIL_DAYS: 30,
      TRUSTED_PROXY_HOPS: 0,
      CRON_SECRET: undefined,
      SUPABASE_URL: undefined,
      SUPABASE_SERVICE_ROLE_KEY: undefined,
      SUPABASE_STORAGE_BUCKET: "uploads",
      UPLOAD_DIR: ".data/uploads",
      LOG_LEVEL: "info",
    });
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("reads valid values", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: "s".repeat(32),
      DATABASE_URL: "postgresql://user:pass@db.example.org:5432/letstalk",
      ADMIN_EMAILS: " Alan@Example.org, helen@example.org ,",
      EMAIL_FROM: "hello@example.org",
      RESEND_API_KEY: "re_123456",
      EMAIL_DISPATCH_INTERVAL_SECONDS: "15",
    });
    expect(env.NODE_ENV).toBe("production");
    expect(env.AUTH_SECRET).toBe("s".repeat(32));
    expect(env.DATABASE_URL).toBe("postgresql://user:pass@db.example.org:5432/letstalk");
    expect(env.ADMIN_EMAILS).toEqual(["alan@example.org", "helen@example.org"]);
    expect(env.EMAIL_FROM).toBe("hello@example.org");
    expect(env.RESEND_API_KEY).toBe("re_123456");
    expect(env.EMAIL_DISPATCH_INTERVAL_SECONDS).toBe(15);
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/letstalk"],
    ["DATABASE_URL", "not a url"],
    ["RESEND_API_KEY", "sk_live_123"],
    ["EMAIL_FROM", "Let's Talk"],
    ["EMAIL_FROM", "Let's Talk <not-an-address>"],
    ["ADMIN_EMAILS", "alan@example.org, not-an-email"],
    ["AUTH_URL", "not a url"],
    ["AUTH_SECRET", "too-short"],
    ["NODE_ENV", "staging"],
    ["EMAIL_DISPATCH_INTERVAL_SECONDS", "soon"],
    ["EMAIL_DISPATCH_INTERVAL_SECONDS", "1.5"],
    ["SURVEY_TALLY_FOLD_SECONDS", "often"],
    ["JOBS_INTERVAL_MINUTES", "hourly"],
    ["JOBS_INTERVAL_MINUTES", "2000"],
    ["PAGE_CACHE_SECONDS", "600"],
    ["OPEN_DATA_RATE_LIMIT", "0"],
    ["OPEN_DATA_CACHE_SECONDS", "often"],
    ["WEB_CONCURRENCY", "2"],
    ["WEB_CONCURRENCY", "0"],
    ["PORT", "http"],
    ["RESEND_WEBHOOK_SECRET", "not-a-signing-secret"],
    ["LOG_LEVEL", "verbose"],
    ["DATABASE_POOL_MODE", "statement"],
    ["DATABASE_POOL_SIZE", "0"],
    ["DATABASE_CONNECT_TIMEOUT_SECONDS", "0"],
    ["DATABASE_STATEMENT_TIMEOUT_SECONDS", "soon"],
    ["TRUSTED_PROXY_HOPS", "-1"],
    ["RETENTION_DRAFT_DAYS", "0"],
    ["FORM_MIN_FILL_SECONDS", "-1"],
    ["RETENTION_EMAIL_DAYS", "a month"],
    ["TRUSTED_PROXY_HOPS", "all"],
    ["SUPABASE_STORAGE_BUCKET", "My Uploads"],
    ["SUPABASE_STORAGE_BUCKET", "../uploads"],
    ["SUPABASE_STORAGE_BUCKET", "-uploads"],
  ])("refuses %s=%j with a problem naming it", (variable, value) => {
    const problems = problemsFor({ [variable]: value });
    expect(problems).toHaveLength(1);
    expect(named(problems, variable)).toHaveLength(1);
  });

  it("names every bad variable at once", () => {
    const problems = problemsFor({ DATABASE_URL: "mysql://x", RESEND_API_KEY: "nope", EMAIL_FROM: "nobody", ADMIN_EMAILS: "x" });
    for (const variable of ["DATABASE_URL", "RESEND_API_KEY", "EMAIL_FROM", "ADMIN_EMAILS"]) {
      expect(named(problems, variable), variable).toHaveLength(1);
    }
    expect(problems).toHaveLength(4);
  });

  it("puts every problem in the error message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ connection URL/);
  });

  it("reads the pooler settings, and wants DATABASE_URL beside a migration URL", () => {
    const env = parseEnv({
      DATABASE_URL: "postgres://app@pooler.example.org:6543/postgres",
      DATABASE_POOL_MODE: "transaction",
      DATABASE_POOL_SIZE: "2",
      DATABASE_MIGRATION_URL: "postgres://app@db.example.org:5432/postgres",
    });
    expect([env.DATABASE_POOL_MODE, env.DATABASE_POOL_SIZE, env.DATABASE_MIGRATION_URL]).toEqual(["transaction", 2, "postgres://app@db.example.org:5432/postgres"]);
    expect(problemsFor({ DATABASE_MIGRATION_URL: "postgres://app@db.example.org:5432/postgres" })).toEqual([
      expect.stringMatching(/^DATABASE_MIGRATION_URL: needs DATABASE_URL too/),
    ]);
    expect(problemsFor({ DATABASE_URL: "postgres://app@db/x", DATABASE_MIGRATION_URL: "mysql://db/x" })).toEqual([
      expect.stringMatching(/^DATABASE_MIGRATION_URL: must be a postgres:\/\//),
    ]);
  });

  it("requires AUTH_SECRET in production", () => {
    const problems = problemsFor({ NODE_ENV: "production" });
    expect(problems).toEqual([expect.stringMatching(/^AUTH_SECRET: is required in production/)]);
  });

  it("uses a development secret outside production", () => {
    expect(parseEnv({ NODE_ENV: "test" }).AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("ignores variables it does not know", () => {
    expect(parseEnv({ HOME: "/root", SUPABASE_ANON_KEY: "not read by the server" })).toEqual(parseEnv({}));
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({
      NODE_ENV: "",
      AUTH_URL: "",
      AUTH_SECRET: "",
      DATABASE_URL: "",
      PGLITE_DIR: "",
      ADMIN_EMAILS: "",
      EMAIL_FROM: "",
      RESEND_API_KEY: "",
      RESEND_BASE_URL: "",
      EMAIL_DISPATCH_INTERVAL_SECONDS: "",
      CRON_SECRET: "",
      SUPABASE_URL: "",
      SUPABASE_SERVICE_ROLE_KEY: "",
      SUPABASE_STORAGE_BUCKET: "",
      UPLOAD_DIR: "",
      LOG_LEVEL: "",
    });
    expect(env).toEqual(parseEnv({}));
  });

  describe("file storage", () => {
    const serviceKey = "service-role-key-".padEnd(40, "x");

    it("reads Supabase Storage settings when the URL and key are both set", () => {
      const env = parseEnv({
        SUPABASE_URL: "https://abcd.supabase.co",
        SUPABASE_SERVICE_ROLE_KEY: serviceKey,
        SUPABASE_STORAGE_BUCKET: "topic-documents",
        UPLOAD_DIR: "/var/lib/lets-talk/uploads",
      });
      expect(env.SUPABASE_URL).toBe("https://abcd.supabase.co");
      expect(env.SUPABASE_SERVICE_ROLE_KEY).toBe(serviceKey);
      expect(env.SUPABASE_STORAGE_BUCKET).toBe("topic-documents");
      expect(env.UPLOAD_DIR).toBe("/var/lib/lets-talk/uploads");
    });

    it("accepts a local http URL (a self-hosted or test Storage API)", () => {
      expect(parseEnv({ SUPABASE_URL: "http://127.0.0.1:54321", SUPABASE_SERVICE_ROLE_KEY: serviceKey }).SUPABASE_URL).toBe("http://127.0.0.1:54321");
    });

    it.each(["not a url", "ftp://abcd.supabase.co", "abcd.supabase.co"])("refuses SUPABASE_URL=%j with a problem naming it", (value) => {
      expect(problemsFor({ SUPABASE_URL: value, SUPABASE_SERVICE_ROLE_KEY: serviceKey })).toEqual([
        expect.stringMatching(/^SUPABASE_URL: must be your Supabase project's URL/),
      ]);
    });

    it("refuses a service role key that is too short to be real", () => {
      const problems = problemsFor({ SUPABASE_URL: "https://abcd.supabase.co", SUPABASE_SERVICE_ROLE_KEY: "short" });
      expect(problems).toEqual([expect.stringMatching(/^SUPABASE_SERVICE_ROLE_KEY: must be the project's service role key/)]);
    });

    it("names the service role key when only the URL is set", () => {
      expect(problemsFor({ SUPABASE_URL: "https://abcd.supabase.co" })).toEqual([
        expect.stringMatching(/^SUPABASE_SERVICE_ROLE_KEY: is required when SUPABASE_URL is set/),
      ]);
    });

    it("names the URL when only the service role key is set", () => {
      expect(problemsFor({ SUPABASE_SERVICE_ROLE_KEY: serviceKey })).toEqual([
        expect.stringMatching(/^SUPABASE_URL: is required when SUPABASE_SERVICE_ROLE_KEY is set/),
      ]);
    });

    it("treats an empty key beside a URL as missing", () => {
      expect(named(problemsFor({ SUPABASE_URL: "https://abcd.supabase.co", SUPABASE_SERVICE_ROLE_KEY: "" }), "SUPABASE_SERVICE_ROLE_KEY")).toHaveLength(1);
    });
  });

  it("still requires a real AUTH_SECRET in production when it is empty", () => {
    expect(named(problemsFor({ NODE_ENV: "production", AUTH_SECRET: "" }), "AUTH_SECRET")).toHaveLength(1);
  });
});
