import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The answer forms are client components with their own text. */
export default function SurveysLayout({ children }: { children: ReactNode }) {
  return <ClientMessages extra={["surveyRespond"]}>{children}</ClientMessages>;
}
