import { messagesLayout } from "@/components/layout/client-messages";

/** The builder's editor and the preview's answer forms are client components with their own text. */
export default messagesLayout(["surveyBuilder", "surveyRespond"]);
