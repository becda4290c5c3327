export const MAGIC_LINK_MINUTES = 15;
export const SITE_NAME = "Let's Talk";
/** A session lasts 30 days, and is extended to that once a day while it is used. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;
