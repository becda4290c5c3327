import { messagesLayout } from "@/components/layout/client-messages";

/**
 * The topic page's comment forms are client components with their own text (comments, errors). Only
 * these pages load the translation library in the browser; the list needs none, but a layout for
 * the topic alone would sit in topics/[slug]/.
 */
export default messagesLayout([]);
