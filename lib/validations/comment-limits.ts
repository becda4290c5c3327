/**
 * The comment rules a browser needs (the form's length limit, the report reasons, the sorts) without
 * zod: a client component importing lib/validations/comment.ts ships zod (about 30 KB gzipped) to
 * every reader of a topic. comment.ts builds its schemas from these.
 */
export const COMMENT_MAX_LENGTH = 2000;
export const REMOVAL_REASONS = ["spam", "abusive", "off_topic", "personal_information", "other"] as const;
export const COMMENT_SORTS = ["newest", "oldest", "helpful"] as const;
