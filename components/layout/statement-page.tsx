import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** A statement page (accessibility, privacy) whose headings and paragraphs all come from the message files, with any extra sections after them. */
export async function StatementPage({ namespace, children }: { namespace: "accessibility" | "privacy"; children?: ReactNode }) {
  const t = await getTranslations(namespace);
  const sections = Object.entries((await getMessages())[namespace].sections);
  return (
    <div className="narrow prose">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {sections.map(([id, section]) => (
        <section key={id} aria-labelledby={`section-${id}`}>
          <h2 id={`section-${id}`}>{section.title}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      {children}
    </div>
  );
}
