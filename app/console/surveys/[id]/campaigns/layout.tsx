import { messagesLayout } from "@/components/layout/client-messages";

/** The campaign forms (create, import, add contacts) are client components with their own text. */
export default messagesLayout(["campaigns"]);
