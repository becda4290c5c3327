import { messagesLayout } from "@/components/layout/client-messages";
import "@/app/styles/summaries.css";

/** The one-off summary form. */
export default messagesLayout(["summaries"]);
