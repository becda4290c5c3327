/**
 * Where a signed-in reader's own state goes on the page every participant shares (lib/page-cache
 * fills these in per response; the components render them). Each is an exact piece of markup, so
 * filling one in is a plain string operation on the cached HTML.
 */
export const VIEWER_STATE_SCRIPT_ID = "lt-viewer-state";
/** The reader's name in the header: a span whose HTML React leaves alone (dangerouslySetInnerHTML). */
export const VIEWER_NAME_SLOT = "viewer-name";
/** The console link, hidden on the shared page and shown to staff. */
export const STAFF_LINK_SLOT = "staff-link";
export const FOLLOW_BUTTON_ID = "follow-topic";
export const controlsId = (commentId: string) => `controls-${commentId}`;
export const helpfulButtonId = (commentId: string) => `helpful-${commentId}`;
/** The reader's comments waiting for a moderator, above the discussion: the section (hidden on the shared page) and its list. */
export const HELD_SLOT = "held";
export const HELD_LIST_SLOT = "held-list";
