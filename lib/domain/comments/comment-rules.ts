export const EDIT_WINDOW_MINUTES = 15;
export const MAX_DEPTH = 2;
/** Comment writes per person: a clear "try again in N seconds" after this many in a minute. */
export const COMMENT_RATE = { limit: 10, windowSeconds: 60 };

export function withinEditWindow(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() <= EDIT_WINDOW_MINUTES * 60_000;
}
