import { getTranslations } from "next-intl/server";
import type { SicSection, SizeBand } from "@/lib/domain/surveys/organisation";

/** Sector and size-band names in the page's language, for forms and tables (exports keep the English of lib/domain). */
export type ClassificationLabels = { sector: (code: SicSection) => string; size: (code: SizeBand) => string };

export async function classificationLabels(): Promise<ClassificationLabels> {
  const t = await getTranslations("classifications");
  return { sector: (code) => t(`sic.${code}`), size: (code) => t(`sizeBands.${code}`) };
}
