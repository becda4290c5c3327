import type { Locale } from "@/lib/i18n/locales";
import type { Role } from "./roles";

/** The signed-in person as routes hand them to use cases: who they are and what role they hold. */
export type CurrentUser = { id: string; email: string; name: string | null; role: Role; locale: Locale | null };
