/**
 * What a signed-in reader's view of a discussion adds to the page every participant shares: the
 * comments they marked helpful, their own comments (and which of those they may still edit) and
 * whether they follow the topic. Small enough to send with every page (see lib/page-cache).
 */
export type TopicViewerState = {
  /** The topic this state belongs to (a page applies it only to its own topic). */
  slug: string;
  marked: string[];
  own: string[];
  editable: string[];
  following: boolean;
};

/** A reader with nothing of their own on the topic: what the shared page shows before its owner is known. */
export const noViewerState = (slug: string): TopicViewerState => ({ slug, marked: [], own: [], editable: [], following: false });

/** What a form on a shared page carries that must differ per response: the new comment's submission key and the spam check's signed "shown at" note. */
export type FormTokens = { submissionKey: string; formToken: string };
