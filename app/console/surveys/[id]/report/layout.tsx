import { messagesLayout } from "@/components/layout/client-messages";
import "@/app/styles/reports.css";

/** The report form's words. */
export default messagesLayout(["consoleReport"]);
