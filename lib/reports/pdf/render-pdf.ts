import PDFDocument from "pdfkit";
import type { ReportBlock, ReportDocument } from "@/lib/domain/reports/blocks";
import { chartHeight, drawChart } from "./chart";
import { REPORT_FONTS } from "./fonts";
import { fontRuns } from "./runs";

const SIZES = { 1: 22, 2: 16, 3: 13 } as const;

type Writer = { doc: PDFKit.PDFDocument; root: PDFKit.PDFStructureElement; outline: PDFKit.PDFOutline | null };

/**
 * Text as one tagged element (a heading, a paragraph, a quote), drawn in runs of the font subset that
 * has their letters: one marked-content sequence either way, so the text layer reads as one.
 */
function tagged(writer: Writer, text: string, weight: keyof typeof REPORT_FONTS, structType: string, options: PDFKit.Mixins.TextOptions = {}, parent = writer.root): void {
  const { doc } = writer;
  const runs = fontRuns(text);
  if (runs.length <= 1) {
    doc.font(REPORT_FONTS[weight][runs[0]?.subset ?? "latin"]).text(text, { ...options, structParent: parent, structType });
    return;
  }
  parent.add(doc.struct(structType, {}, () => runs.forEach((run, index) => doc.font(REPORT_FONTS[weight][run.subset]).text(run.text, { ...options, continued: index < runs.length - 1 }))));
}

/** Starts a new page when `height` would not fit on this one. */
function room(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A bulleted list: L, each item an LI with its bullet (Lbl) and its text (LBody), the text in font runs like any other. */
function list(writer: Writer, items: string[]): void {
  const { doc, root } = writer;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right - 16;
  const element = doc.struct("L");
  root.add(element);
  doc.font(REPORT_FONTS.regular.latin).fontSize(11).fillColor("#0b0c0c");
  for (const item of items) {
    room(doc, 16);
    const entry = doc.struct("LI");
    element.add(entry);
    const top = doc.y;
    entry.add(doc.struct("Lbl", {}, () => doc.circle(left + 4, top + 6.5, 2).fill("#0b0c0c")));
    doc.fillColor("#0b0c0c");
    doc.x = left + 16;
    doc.y = top;
    tagged(writer, item, "regular", "LBody", { width }, entry);
    entry.end();
  }
  element.end();
  doc.x = left;
}

function heading(writer: Writer, block: Extract<ReportBlock, { kind: "heading" }>): void {
  const { doc } = writer;
  room(doc, SIZES[block.level] * 4);
  doc.moveDown(block.level === 1 ? 0 : 0.6);
  doc.fontSize(SIZES[block.level]).fillColor("#0b0c0c");
  tagged(writer, block.text, "bold", `H${block.level}`);
  // Bookmarks: each section (H2) at the top level, its parts (H3) under it.
  if (block.level === 2) writer.outline = doc.outline.addItem(block.text);
  else if (block.level === 3) (writer.outline ?? doc.outline).addItem(block.text);
  doc.moveDown(0.3);
}

function table(writer: Writer, block: Extract<ReportBlock, { kind: "table" }>): void {
  const { doc, root } = writer;
  room(doc, 60);
  doc.fontSize(10);
  tagged(writer, block.caption, "bold", "P");
  doc.moveDown(0.2);
  doc.font(REPORT_FONTS.regular.latin);
  doc.table({
    structParent: root,
    data: [block.header.map((text) => ({ text, type: "TH", scope: "column", font: { src: REPORT_FONTS.bold.latin } })), ...block.rows.map((row) => row.map((text) => ({ text })))],
  } as PDFKit.Mixins.TableOptionsWithData);
  doc.moveDown(0.8);
}

function chart(writer: Writer, block: Extract<ReportBlock, { kind: "chart" }>): void {
  const { doc, root } = writer;
  room(doc, chartHeight(block));
  root.add(doc.struct("Figure", { alt: block.alt }, () => drawChart(doc, block, { regular: REPORT_FONTS.regular.latin, bold: REPORT_FONTS.bold.latin })));
}

function write(writer: Writer, block: ReportBlock): void {
  const { doc } = writer;
  switch (block.kind) {
    case "heading":
      return heading(writer, block);
    case "paragraph":
      doc.fontSize(11).fillColor("#0b0c0c");
      tagged(writer, block.text, "regular", "P");
      doc.moveDown(0.5);
      return;
    case "list":
      list(writer, block.items);
      doc.moveDown(0.5);
      return;
    case "quote": {
      const left = doc.page.margins.left;
      doc.fontSize(11).fillColor("#383f43");
      doc.x = left + 20;
      tagged(writer, `“${block.text}”`, "regular", "BlockQuote", { width: doc.page.width - left - doc.page.margins.right - 20 });
      doc.x = left;
      doc.moveDown(0.5);
      return;
    }
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
    font: REPORT_FONTS.regular.latin,
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
