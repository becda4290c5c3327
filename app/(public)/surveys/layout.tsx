import { messagesLayout } from "@/components/layout/client-messages";

/** The answer forms are client components with their own text. */
export default messagesLayout(["surveyRespond"]);
