import { messagesLayout } from "@/components/layout/client-messages";

/** The profile form, "sign out everywhere" and deleting the account on "Your data". */
export default messagesLayout(["profile", "yourData"]);
