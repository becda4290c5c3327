import { messagesLayout } from "@/components/layout/client-messages";

/** The translation form (with the body's rich-text editor) and the list's remove buttons, as well as the topic console's own. */
export default messagesLayout(["topicForm", "editor", "moderation", "contentTranslations"]);
