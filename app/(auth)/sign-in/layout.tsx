import { messagesLayout } from "@/components/layout/client-messages";

/** The sign-in form. */
export default messagesLayout(["signIn"]);
