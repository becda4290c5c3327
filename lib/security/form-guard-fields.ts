/** The names of a guarded form's spam fields: shared by the form (browser) and the check (server). */
export const HONEYPOT_FIELD = "website";
export const FORM_TOKEN_FIELD = "formShownAt";
