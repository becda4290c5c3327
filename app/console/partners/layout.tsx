import "@/app/styles/partners.css";
import { messagesLayout } from "@/components/layout/client-messages";

/** The organisation, contact and import forms. */
export default messagesLayout(["partners"]);
