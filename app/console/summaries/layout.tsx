import { messagesLayout } from "@/components/layout/client-messages";
import "@/app/styles/summaries.css";

/** The one-off summary form, the summaries' message and its translations. */
export default messagesLayout(["summaries", "contentTranslations"]);
