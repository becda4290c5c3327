import { messagesLayout } from "@/components/layout/client-messages";

/** The reject form is a client component with its own text. */
export default messagesLayout(["consoleOrganisations"]);
