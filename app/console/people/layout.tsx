import { messagesLayout } from "@/components/layout/client-messages";

/** The role form. */
export default messagesLayout(["people", "roles"]);
