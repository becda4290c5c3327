import { messagesLayout } from "@/components/layout/client-messages";

/** The "about you" form and "delete my answers". */
export default messagesLayout(["aboutYou"]);
