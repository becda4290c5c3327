import { messagesLayout } from "@/components/layout/client-messages";

/**
 * A topic's pages (the discussion, and a comment's reply, report, edit and delete pages) have client
 * components with their own text (comments, errors): only these load the translation library in
 * the browser; the topic list needs none.
 */
export default messagesLayout([]);
