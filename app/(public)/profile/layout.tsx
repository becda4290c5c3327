import { messagesLayout } from "@/components/layout/client-messages";

/** The profile form and "sign out everywhere". */
export default messagesLayout(["profile"]);
