import { formatIsoDate } from "@/lib/format/dates";
import type { ReportContent } from "./facts";
import { askedBlocks, methodBlocks, participationBlocks, resultsBlocks, themesBlocks, type Words } from "./document-sections";
import type { ReportSectionKey } from "./sections";
import { paragraphs, type ReportBlock, type ReportDocument, type Translate } from "./blocks";

const SECTION_BLOCKS: Record<ReportSectionKey, (words: Words, content: ReportContent) => ReportBlock[]> = {
  asked: askedBlocks,
  participation: participationBlocks,
  results: resultsBlocks,
  themes: themesBlocks,
  method: methodBlocks,
};

/**
 * The report as a document: its title, then each included section (its heading, the officer's
 * narrative, then the figures), then the council's decision ("we did") when there is one.
 */
export function buildReportDocument(content: ReportContent, t: Translate, lang = "en-GB"): ReportDocument {
  const words: Words = { t: (key, values) => t(`reportDocument.${key}`, values), root: t };
  const subject = words.t(`subject.${content.facts.subject.kind}`, { title: content.facts.subject.title });
  const status = content.publishedAt ? words.t("published", { date: formatIsoDate(content.publishedAt.slice(0, 10)) }) : words.t("draft");
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 1, text: content.title },
    { kind: "paragraph", text: subject },
    { kind: "paragraph", text: status },
  ];
  for (const section of content.sections) {
    if (!section.included) continue;
    blocks.push({ kind: "heading", level: 2, text: words.t(`sections.${section.key}`) }, ...paragraphs(section.narrative), ...SECTION_BLOCKS[section.key](words, content));
  }
  if (content.decision.trim()) blocks.push({ kind: "heading", level: 2, text: words.t("sections.decision") }, ...paragraphs(content.decision));
  return { title: content.title, subject, lang, blocks };
}
