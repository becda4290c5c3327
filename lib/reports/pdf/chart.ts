import type { ReportBlock } from "@/lib/domain/reports/blocks";

type Chart = Extract<ReportBlock, { kind: "chart" }>;

const ROW = 20;
const BAR = 13;
const BLUE = "#1d70b8";

/** The chart's height on the page: a row per bar, and the title. */
export const chartHeight = (chart: Chart) => 24 + chart.bars.length * ROW + 8;

/**
 * A horizontal bar chart drawn with vectors: the label, a bar as long as its value against the
 * largest, the value in words ("45%", "Fewer than 5": suppressed bars are not drawn). The caller
 * wraps it in a Figure with alt text; the table after it holds the same figures.
 */
export function drawChart(doc: PDFKit.PDFDocument, chart: Chart, font: { regular: string; bold: string }): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const labelWidth = width * 0.38;
  const valueWidth = 90;
  const barSpace = width - labelWidth - valueWidth - 12;
  const largest = Math.max(0, ...chart.bars.map((bar) => bar.value ?? 0));
  let y = doc.y;
  doc.font(font.bold).fontSize(11).fillColor("#0b0c0c").text(chart.title, left, y, { width, lineBreak: false, ellipsis: true });
  y += 24;
  doc.font(font.regular).fontSize(10);
  for (const bar of chart.bars) {
    doc.fillColor("#0b0c0c").text(bar.label, left, y + 1, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    const length = bar.value !== null && largest > 0 ? Math.max(1, (bar.value / largest) * barSpace) : 0;
    if (length > 0) doc.rect(left + labelWidth, y, length, BAR).fill(BLUE);
    doc.fillColor("#0b0c0c").text(bar.text, left + labelWidth + length + 6, y + 1, { width: valueWidth + barSpace - length, lineBreak: false });
    y += ROW;
  }
  doc.x = left;
  doc.y = y + 8;
}
