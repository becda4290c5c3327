import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReadingState } from "@/lib/domain/translations/translation-fields";

type Props = {
  kind: "topic" | "survey";
  state: ReadingState;
  /** Some of a translation is in English (not translated yet, or changed in English since). */
  partial: boolean;
  /** Links between the translation and the English original, where the page offers them. */
  links?: { original: string; translation: string };
};

/**
 * Says what language the reader is reading the content in, when it is not the page's: the English
 * original where there is no translation yet, a translation (with a link to the English), or the
 * English they asked for (with a link back). Nothing on an English page.
 */
export async function TranslationNote({ kind, state, partial, links }: Props) {
  if (state === "english") return null;
  const t = await getTranslations("contentLanguage");
  const lines: string[] = [];
  if (state === "untranslated") lines.push(t(kind === "topic" ? "topicUntranslated" : "surveyUntranslated"));
  if (state === "translated") lines.push(t(kind === "topic" ? "topicTranslated" : "surveyTranslated"));
  if (state === "translated" && partial) lines.push(t(kind === "topic" ? "topicPartial" : "surveyPartial"));
  if (state === "original") lines.push(t("readingOriginal"));
  const link = !links ? null : state === "translated" ? { href: links.original, text: t("readOriginal") } : state === "original" ? { href: links.translation, text: t("readTranslation") } : null;
  return (
    <div className="notice translation-note" role="note">
      <p>{lines.join(" ")}</p>
      {link ? (
        <p>
          <Link href={link.href}>{link.text}</Link>
        </p>
      ) : null}
    </div>
  );
}
