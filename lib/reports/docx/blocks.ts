import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { ChartRun } from "docx/charts";
import type { ReportBlock } from "@/lib/domain/reports/blocks";

type Child = Paragraph | Table;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const cell = (text: string, header: boolean) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });

/** A table with a caption above it and a header row that Word repeats on each page and reads as headers. */
function table(block: Extract<ReportBlock, { kind: "table" }>): Child[] {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((text) => cell(text, true)) });
  const rows = block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text, false)) }));
  return [
    new Paragraph({ style: "Caption", keepNext: true, children: [new TextRun(block.caption)] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    new Paragraph({}),
  ];
}

/**
 * A bar chart as a real Word chart (editable, its data in the document), with alt text; the table
 * that follows it in the document holds the same figures. Suppressed bars are gaps.
 */
function chart(block: Extract<ReportBlock, { kind: "chart" }>): Child[] {
  // Word draws a bar chart's first category at the bottom: reversed, the bars read top-down in the table's order.
  const bars = [...block.bars].reverse();
  const height = Math.min(600, 80 + bars.length * 36);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ChartRun({
          type: "bar",
          title: block.title,
          legend: false,
          categories: bars.map((bar) => bar.label),
          series: [{ name: block.title, values: bars.map((bar) => bar.value), color: "1D70B8" }],
          dataLabels: { value: true },
          transformation: { width: 576, height },
          altText: { name: block.title, title: block.title, description: block.alt },
        }),
      ],
    }),
  ];
}

/** One block of the report as Word paragraphs and tables: headings in Word's heading styles, lists as bullets. */
export function docxBlock(block: ReportBlock): Child[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case "paragraph":
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case "list":
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case "quote":
      return [new Paragraph({ style: "Quote", children: [new TextRun(`“${block.text}”`)] })];
    case "table":
      return table(block);
    case "chart":
      return chart(block);
  }
}
