export const MAGIC_LINK_MINUTES = 15;
export const SITE_NAME = "Let's Talk";
