import { messagesLayout } from "@/components/layout/client-messages";

/** The preference form and the unsubscribe and subscribe-again buttons. */
export default messagesLayout(["partnerPreferences"]);
