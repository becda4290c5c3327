import { messagesLayout } from "@/components/layout/client-messages";

/** The organisation's pages: registration and details forms, invitations, requests to join. */
export default messagesLayout(["organisationPage"]);
