import PDFDocument from "pdfkit";
import type { ReportBlock, ReportDocument } from "@/lib/domain/reports/blocks";
import { chartHeight, drawChart } from "./chart";
import { REPORT_FONTS } from "./fonts";

const SIZES = { 1: 22, 2: 16, 3: 13 } as const;

type Writer = { doc: PDFKit.PDFDocument; root: PDFKit.PDFStructureElement; outline: PDFKit.PDFOutline | null };

/** Starts a new page when `height` would not fit on this one. */
function room(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(writer: Writer, block: Extract<ReportBlock, { kind: "heading" }>): void {
  const { doc, root } = writer;
  room(doc, SIZES[block.level] * 4);
  doc.moveDown(block.level === 1 ? 0 : 0.6);
  doc.font(REPORT_FONTS.bold).fontSize(SIZES[block.level]).fillColor("#0b0c0c").text(block.text, { structParent: root, structType: `H${block.level}` });
  // Bookmarks: each section (H2) at the top level, its parts (H3) under it.
  if (block.level === 2) writer.outline = doc.outline.addItem(block.text);
  else if (block.level === 3) (writer.outline ?? doc.outline).addItem(block.text);
  doc.moveDown(0.3);
}

function table(writer: Writer, block: Extract<ReportBlock, { kind: "table" }>): void {
  const { doc, root } = writer;
  room(doc, 60);
  doc.font(REPORT_FONTS.bold).fontSize(10).text(block.caption, { structParent: root, structType: "P" });
  doc.moveDown(0.2);
  doc.font(REPORT_FONTS.regular).fontSize(10);
  doc.table({
    structParent: root,
    data: [block.header.map((text) => ({ text, type: "TH", scope: "column", font: { src: REPORT_FONTS.bold } })), ...block.rows.map((row) => row.map((text) => ({ text })))],
  } as PDFKit.Mixins.TableOptionsWithData);
  doc.moveDown(0.8);
}

function chart(writer: Writer, block: Extract<ReportBlock, { kind: "chart" }>): void {
  const { doc, root } = writer;
  room(doc, chartHeight(block));
  root.add(doc.struct("Figure", { alt: block.alt }, () => drawChart(doc, block, REPORT_FONTS)));
}

function write(writer: Writer, block: ReportBlock): void {
  const { doc, root } = writer;
  switch (block.kind) {
    case "heading":
      return heading(writer, block);
    case "paragraph":
      doc.font(REPORT_FONTS.regular).fontSize(11).fillColor("#0b0c0c").text(block.text, { structParent: root, structType: "P" });
      doc.moveDown(0.5);
      return;
    case "list":
      doc.font(REPORT_FONTS.regular).fontSize(11).list(block.items, { structParent: root, structTypes: ["L", "LI", "LBody"], bulletRadius: 2, textIndent: 12 });
      doc.moveDown(0.5);
      return;
    case "quote":
      doc.font(REPORT_FONTS.regular).fontSize(11).fillColor("#383f43").text(`“${block.text}”`, doc.page.margins.left + 20, undefined, { structParent: root, structType: "BlockQuote" });
      doc.x = doc.page.margins.left;
      doc.moveDown(0.5);
      return;
    case "table":
      return table(writer, block);
    case "chart":
      return chart(writer, block);
  }
}

/**
 * The report as a tagged, accessible PDF (PDF 1.7): its language and title (shown as the window's
 * title), a structure tree of headings, paragraphs, lists, quotes, tables (header cells marked TH)
 * and figures with alt text, bookmarks for the sections, and embedded fonts.
 */
export function renderReportPdf(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    tagged: true,
    pdfVersion: "1.7",
    lang: report.lang,
    displayTitle: true,
    size: "A4",
    margin: 56,
    font: REPORT_FONTS.regular,
    info: { Title: report.title, Subject: report.subject, Author: "Let's Talk", Creator: "Let's Talk" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  const writer: Writer = { doc, root, outline: null };
  for (const block of report.blocks) write(writer, block);
  root.end();
  doc.end();
  return done;
}
