/**
 * Loads .env files the way Next does (.env, .env.local, .env.[mode], ...), so the scripts see the
 * same settings as the app. Import it first: lib/env.ts validates what it finds.
 */
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
