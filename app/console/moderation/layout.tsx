import { messagesLayout } from "@/components/layout/client-messages";

/** The moderation queue's decision forms. */
export default messagesLayout(["moderation"]);
