import { localeDirection } from "@/lib/i18n/locales";

/**
 * lang and dir for one of the survey's words, by its field key ("question.q3.title"), when it is
 * shown in English on a page in another language (`inEnglish`, from lib/domain/translations): a
 * screen reader then reads it in English, and it runs left to right. Nothing otherwise.
 */
export function englishMarks(inEnglish: ReadonlySet<string> | undefined, key: string): { lang?: string; dir?: "ltr" | "rtl" } {
  return inEnglish?.has(key) ? { lang: "en", dir: localeDirection("en") } : {};
}
