import { messagesLayout } from "@/components/layout/client-messages";

/** The population upload form and its refused rows. */
export default messagesLayout(["equalities"]);
