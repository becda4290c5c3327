import { getTranslations } from "next-intl/server";
import { paragraphs } from "@/lib/domain/reports/blocks";
import type { ShownCount } from "@/lib/domain/equalities/suppress";
import type { ReportContent } from "@/lib/domain/reports/facts";
import { THRESHOLD } from "@/lib/domain/equalities/suppress";
import { formatCount } from "@/lib/format/numbers";
import { formatIsoDate } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";
import { langAttributes } from "@/components/translations/lang-attributes";
import { ReportFileLinks } from "./report-file-links";

/** `besideOutcome`: the page already has a "you said, we did" outcome, so this one is titled the report. */
type Props = { content: ReportContent; files: { pdf: string; docx: string }; pageLocale: Locale; besideOutcome?: boolean };

/**
 * A published report on its topic's or survey's public page: "you said" (how many took part, the
 * themes with their suppressed counts) beside "we did" (the council's decision, in the words it
 * was written in), with the full report to download. Nothing here depends on who is reading: it
 * sits on cached pages.
 */
export async function YouSaidWeDid({ content, files, pageLocale, besideOutcome = false }: Props) {
  const [t, document] = await Promise.all([getTranslations("youSaidWeDid"), getTranslations("reportDocument")]);
  const count = (shown: ShownCount) => (shown.kind === "count" ? formatCount(shown.count) : shown.kind === "none" ? document("count.none") : shown.kind === "hidden" ? document("count.hidden") : document("count.fewerThan", { threshold: THRESHOLD }));
  const included = (key: string) => content.sections.some((section) => section.key === key && section.included);
  const themes = included("themes") ? content.facts.themes : [];
  return (
    <section className="you-said-we-did" id="report" aria-labelledby="you-said-we-did-title">
      <h2 id="you-said-we-did-title">{t(besideOutcome ? "reportTitle" : "title")}</h2>
      {content.publishedAt ? <p className="caption">{t("published", { date: formatIsoDate(content.publishedAt.slice(0, 10)) })}</p> : null}
      <div className="you-said-we-did__columns">
        <div>
          <h3>{t("youSaid")}</h3>
          <ul className="you-said-we-did__counts">
            {content.facts.participation.counts.map(({ key, shown }) => (
              <li key={key}>{t("tookPart", { what: document(`participation.${key}`), count: count(shown) })}</li>
            ))}
          </ul>
          {themes.length > 0 ? (
            <>
              <p>{t("themesIntro")}</p>
              <ul>
                {themes.map((theme) => (
                  <li key={`${theme.question ?? ""}:${theme.label}`}>
                    {/* Labels are the officers' English: kept apart from the page's language and direction. */}
                    {t.rich("theme", { theme: theme.label, count: count(theme.shown), label: (chunks) => <bdi {...langAttributes({ lang: "en" }, pageLocale)}>{chunks}</bdi> })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div>
          <h3>{t("weDid")}</h3>
          {/* Written in English by the council: marked so on a page in another language. */}
          <div {...langAttributes({ lang: "en" }, pageLocale)}>
            {paragraphs(content.decision).map((block, index) => (block.kind === "paragraph" ? <p key={index}>{block.text}</p> : null))}
          </div>
        </div>
      </div>
      <h3>{t("reportLinks")}</h3>
      <ReportFileLinks
        className="you-said-we-did__files"
        files={[
          { href: files.pdf, label: t("pdf") },
          { href: files.docx, label: t("docx") },
        ]}
      />
    </section>
  );
}
