import { getTranslations } from "next-intl/server";
import { langAttributes } from "@/components/translations/lang-attributes";
import type { Shown } from "@/lib/domain/translations/translation-fields";
import { formatFileSize } from "@/lib/format/file-size";
import type { Locale } from "@/lib/i18n/locales";

type Document = { id: string; name: Shown; kind: string; size: number };

/** Links to a topic's documents, each with its type and size (GOV.UK attachment pattern); names in the reader's language where translated. */
export async function DocumentList({ documents, pageLocale }: { documents: Document[]; pageLocale: Locale }) {
  const t = await getTranslations("topic");
  return (
    <ul className="document-list">
      {documents.map((document) => (
        <li key={document.id}>
          <a href={`/api/documents/${document.id}`} {...langAttributes(document.name, pageLocale)}>
            {document.name.text}
          </a>
          <span className="document-list__meta">{t("documentMeta", { kind: document.kind.toUpperCase(), size: formatFileSize(document.size) })}</span>
        </li>
      ))}
    </ul>
  );
}
