import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The builder's editor and the preview's forms are client components with their own text. */
export default function ConsoleSurveysLayout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={["surveyBuilder", "surveyRespond"]}>{children}</ClientMessages>;
}
