/** The choices partner forms offer; light enough for client components (no database schema). */
export const ORGANISATION_TYPES = ["voluntary", "community", "faith", "public", "private", "education", "health"] as const;
export const FREQUENCIES = ["weekly", "monthly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
