import { messagesLayout } from "@/components/layout/client-messages";

/** The unsubscribe form shows its result with FormMessage, a client component with its own text. */
export default messagesLayout([]);
