import "server-only";
import { env } from "@/lib/env";

/** Links back to the public site, absolute: they are followed from a mail client. */
export const topicUrl = (slug: string) => `${env.AUTH_URL}/topics/${slug}`;
export const surveyUrl = (slug: string) => `${env.AUTH_URL}/surveys/${slug}`;
