import { Document, Packer } from "docx";
import type { ReportDocument } from "@/lib/domain/reports/blocks";
import { docxBlock } from "./blocks";

/**
 * The report as an editable Word document (for the cabinet paper): the title and language in its
 * properties, headings in Word's Heading 1-3 styles (so the navigation pane and a contents table
 * work), tables with repeating header rows, charts as Word charts with alt text.
 */
export async function renderReportDocx(report: ReportDocument): Promise<Buffer> {
  const document = new Document({
    title: report.title,
    subject: report.subject,
    creator: "Let's Talk",
    description: report.subject,
    styles: {
      default: {
        document: { run: { font: "Arial", size: 24, language: { value: report.lang } } },
        // Outline levels too, so the navigation pane, a contents table and a PDF saved from Word all see the headings.
        heading1: { run: { size: 36, bold: true, color: "0B0C0C" }, paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 240, after: 120 } } },
        heading2: { run: { size: 30, bold: true, color: "0B0C0C" }, paragraph: { outlineLevel: 1, keepNext: true, spacing: { before: 360, after: 120 } } },
        heading3: { run: { size: 26, bold: true, color: "0B0C0C" }, paragraph: { outlineLevel: 2, keepNext: true, spacing: { before: 240, after: 80 } } },
      },
      paragraphStyles: [
        { id: "Caption", name: "Caption", basedOn: "Normal", next: "Normal", run: { bold: true, size: 22 } },
        { id: "Quote", name: "Quote", basedOn: "Normal", next: "Normal", run: { italics: true }, paragraph: { indent: { left: 567 } } },
      ],
    },
    sections: [{ children: report.blocks.flatMap(docxBlock) }],
  });
  return Packer.toBuffer(document);
}
