/**
 * The only reader of `process.env`. Every variable the platform understands is declared, documented
 * (see `.env.example`) and validated here; `next.config.js` imports this module so a bad value stops
 * the app at start with a message naming the variable.
 *
 * Kept free of `server-only` and of other project imports: next.config.js loads it through tsx.
 */
import { z } from "zod";

const DEV_AUTH_SECRET = "development-only-secret-do-not-use-in-production-0000";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === "" || value === undefined ? fallback : value), schema);

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// connection URL");

/** Supabase Storage bucket names: lowercase letters, digits, dots, hyphens and underscores. */
const bucketName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, "must be a bucket name: up to 63 lowercase letters, digits, dots, hyphens or underscores");

const emailList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email("must be a comma-separated list of email addresses")));

const schema = z
  .object({
    NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
    AUTH_URL: withDefault(z.url("must be the site's full URL, like https://letstalk.example.gov.uk"), "http://localhost:3000"),
    AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (try `openssl rand -base64 32`)")),
    DATABASE_URL: optional(postgresUrl),
    DATABASE_POOL_MODE: withDefault(z.enum(["session", "transaction"], 'must be "session" (a direct connection or a session pooler) or "transaction" (a transaction pooler such as Supabase\'s on port 6543 or PgBouncer)'), "session"),
    DATABASE_POOL_SIZE: withDefault(z.coerce.number("must be a number of connections").int("must be a whole number of connections").min(1).max(100), 10),
    DATABASE_MIGRATION_URL: optional(postgresUrl),
    DATABASE_CONNECT_TIMEOUT_SECONDS: withDefault(z.coerce.number("must be a number of seconds").int("must be a whole number of seconds").min(1).max(60), 5),
    DATABASE_STATEMENT_TIMEOUT_SECONDS: withDefault(z.coerce.number("must be a number of seconds").int("must be a whole number of seconds").min(0).max(3600), 30),
    PGLITE_DIR: withDefault(z.string().min(1), ".data/pglite"),
    ADMIN_EMAILS: withDefault(emailList, ""),
    EMAIL_FROM: withDefault(
      z.string().regex(/^(.+<[^<>\s]+@[^<>\s]+>|[^<>\s]+@[^<>\s]+)$/, 'must be an address like "Let\'s Talk <hello@example.org>"'),
      "Let's Talk <no-reply@lets-talk.localhost>",
    ),
    RESEND_API_KEY: optional(z.string().startsWith("re_", 'must be a Resend API key starting with "re_"')),
    RESEND_BASE_URL: optional(z.url("must be a URL")),
    EMAIL_DISPATCH_INTERVAL_SECONDS: withDefault(
      z.coerce.number("must be a number of seconds").int("must be a whole number of seconds").min(0).max(3600),
      30,
    ),
    RESEND_WEBHOOK_SECRET: optional(z.string().startsWith("whsec_", 'must be the webhook signing secret from Resend, starting with "whsec_"')),
    SURVEY_TALLY_FOLD_SECONDS: withDefault(
      z.coerce.number("must be a number of seconds").int("must be a whole number of seconds").min(0).max(3600),
      2,
    ),
    JOBS_INTERVAL_MINUTES: withDefault(
      z.coerce.number("must be a number of minutes").int("must be a whole number of minutes").min(0).max(1440),
      60,
    ),
    PORT: withDefault(z.coerce.number("must be a port number").int("must be a port number").min(1).max(65535), 3000),
    WEB_CONCURRENCY: withDefault(z.coerce.number("must be a number of processes").int("must be a whole number of processes").min(1).max(32), 1),
    PAGE_CACHE_SECONDS: withDefault(
      z.coerce.number("must be a number of seconds").int("must be a whole number of seconds").min(0).max(60),
      2,
    ),
    OPEN_DATA_RATE_LIMIT: withDefault(
      z.coerce.number("must be a number of requests").int("must be a whole number of requests").min(1).max(100_000),
      60,
    ),
    OPEN_DATA_CACHE_SECONDS: withDefault(
      z.coerce.number("must be a number of seconds").int("must be a whole number of seconds").min(0).max(3600),
      60,
    ),
    FORM_MIN_FILL_SECONDS: withDefault(z.coerce.number("must be a number of seconds").min(0).max(60), 2),
    RETENTION_DRAFT_DAYS: withDefault(z.coerce.number("must be a number of days").int("must be a whole number of days").min(1).max(3650), 90),
    RETENTION_EMAIL_DAYS: withDefault(z.coerce.number("must be a number of days").int("must be a whole number of days").min(1).max(3650), 30),
    TRUSTED_PROXY_HOPS: withDefault(
      z.coerce.number("must be the number of proxies in front of the app").int("must be a whole number of proxies").min(0).max(10),
      0,
    ),
    CRON_SECRET: optional(z.string().min(16, "must be at least 16 characters")),
    SUPABASE_URL: optional(z.url({ protocol: /^https?$/, error: "must be your Supabase project's URL, like https://abcd.supabase.co" })),
    SUPABASE_SERVICE_ROLE_KEY: optional(z.string().min(20, "must be the project's service role key (Project Settings > API)")),
    SUPABASE_STORAGE_BUCKET: withDefault(bucketName, "uploads"),
    UPLOAD_DIR: withDefault(z.string().min(1), ".data/uploads"),
    LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (generate one with `openssl rand -base64 32`)",
      });
    }
    // PGlite is one process only: more server processes need PostgreSQL.
    if (value.WEB_CONCURRENCY > 1 && !value.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["WEB_CONCURRENCY"], message: "above 1 needs DATABASE_URL: the embedded database can only be open in one process" });
    }
    if (value.DATABASE_MIGRATION_URL && !value.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_MIGRATION_URL"], message: "needs DATABASE_URL too (it is the direct connection used for migrations beside the app's pooled one)" });
    }
    // Supabase Storage needs both: one without the other is a half-finished setup, not local disk.
    if (value.SUPABASE_URL && !value.SUPABASE_SERVICE_ROLE_KEY) {
      ctx.addIssue({ code: "custom", path: ["SUPABASE_SERVICE_ROLE_KEY"], message: "is required when SUPABASE_URL is set (or unset both to store files on local disk)" });
    }
    if (value.SUPABASE_SERVICE_ROLE_KEY && !value.SUPABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["SUPABASE_URL"], message: "is required when SUPABASE_SERVICE_ROLE_KEY is set (or unset both to store files on local disk)" });
    }
  })
  .transform((value) => ({
    ...value,
    AUTH_SECRET: value.AUTH_SECRET ?? DEV_AUTH_SECRET,
  }));

export type Env = z.output<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nSee .env.example for every variable.`);
    this.name = "EnvError";
  }
}

/** Validates a set of variables; throws an EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`));
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
