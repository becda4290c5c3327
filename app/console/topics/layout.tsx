import { messagesLayout } from "@/components/layout/client-messages";

/** The topic form (with its rich-text editor and moderation setting) and the outcome form. */
export default messagesLayout(["topicForm", "editor", "moderation"]);
