import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatementPage } from "@/components/layout/statement-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

export default function AccessibilityPage() {
  return <StatementPage namespace="accessibility" />;
}
