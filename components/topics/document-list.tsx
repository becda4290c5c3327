import { getTranslations } from "next-intl/server";
import { formatFileSize } from "@/lib/format/file-size";

type Document = { id: string; originalName: string; kind: string; size: number };

/** Links to a topic's documents, each with its type and size (GOV.UK attachment pattern). */
export async function DocumentList({ documents }: { documents: Document[] }) {
  const t = await getTranslations("topic");
  return (
    <ul className="document-list">
      {documents.map((document) => (
        <li key={document.id}>
          <a href={`/api/documents/${document.id}`}>{document.originalName}</a>
          <span className="document-list__meta">{t("documentMeta", { kind: document.kind.toUpperCase(), size: formatFileSize(document.size) })}</span>
        </li>
      ))}
    </ul>
  );
}
