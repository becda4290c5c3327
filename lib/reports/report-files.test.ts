/**
 * The report's files read back: the PDF's text layer and structure tags with poppler (pdftotext,
 * pdfinfo -struct-text; Debian's poppler-utils, installed by .ci/run), its fonts embedded (pdffonts),
 * its outline; the DOCX's headings, header rows, chart alt text, title and language from its XML.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ReportDocument } from "@/lib/domain/reports/blocks";
import { zipEntries } from "@/tests/support/zip-entries";
import { renderReportDocx } from "./docx/render-docx";
import { renderReportPdf } from "./pdf/render-pdf";

const report: ReportDocument = {
  title: "What you told us about buses",
  subject: 'Consultation report on the survey "Buses"',
  lang: "en-GB",
  blocks: [
    { kind: "heading", level: 1, text: "What you told us about buses" },
    { kind: "paragraph", text: "Published on 1 December 2026." },
    { kind: "heading", level: 2, text: "Results" },
    { kind: "heading", level: 3, text: "How often do you take the bus?" },
    { kind: "chart", title: "How often do you take the bus?", alt: "Bar chart of the answers to the bus question.", bars: [{ label: "Daily", value: 75, text: "75%" }, { label: "Never", value: null, text: "Fewer than 5" }] },
    { kind: "table", caption: "How often do you take the bus?", header: ["Answer", "Number", "Percentage"], rows: [["Daily", "90", "75%"], ["Never", "Fewer than 5", "–"]] },
    { kind: "heading", level: 2, text: "What people said: themes" },
    { kind: "list", items: ["Reliability", "Fares", "Przystanek na ulicy Łódzkiej"] },
    { kind: "quote", text: "The 11 is always late" },
    { kind: "quote", text: "Autobus z Łodzi się spóźnia" },
    { kind: "heading", level: 2, text: "What we did" },
    { kind: "paragraph", text: "We will add buses from May." },
  ],
};

const folder = mkdtempSync(path.join(tmpdir(), "report-files-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function pdfFile(): Promise<string> {
  const file = path.join(folder, "report.pdf");
  writeFileSync(file, await renderReportPdf(report));
  return file;
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8" });

describe("the PDF", () => {
  it("is tagged PDF 1.7 with the title shown and the language set", async () => {
    const file = await pdfFile();
    const info = run("pdfinfo", [file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toMatch(/Title:\s+What you told us about buses/);
    const raw = (await renderReportPdf(report)).toString("latin1");
    expect(raw).toContain("/Lang (en-GB)");
    expect(raw).toContain("/DisplayDocTitle true");
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
  });

  it("has a text layer with every word of the report", async () => {
    const text = run("pdftotext", [await pdfFile(), "-"]).replace(/\s+/g, " ");
    for (const words of ["What you told us about buses", "How often do you take the bus?", "Fewer than 5", "The 11 is always late", "Autobus z Łodzi się spóźnia", "We will add buses from May."]) expect(text).toContain(words);
  });

  it("tags headings, paragraphs, lists, tables with header cells, and the chart as a figure with alt text", async () => {
    const tree = run("pdfinfo", ["-struct-text", await pdfFile()]);
    expect(tree).toMatch(/H1 \(block\)\s+"What you told us about buses"/);
    expect(tree).toMatch(/H2 \(block\)\s+"Results"/);
    expect(tree).toMatch(/H3 \(block\)\s+"How often do you take the bus\?"/);
    expect(tree).toMatch(/P \(block\)\s+"We will add buses from May\."/);
    expect(tree).toMatch(/Figure/);
    expect(tree).toMatch(/Table/);
    expect(tree).toMatch(/TH [^\n]*\n(?:\s+\/[^\n]*\n)*\s+"Answer"/);
    expect(tree).toMatch(/TD [^\n]*\n(?:\s+\/[^\n]*\n)*\s+"Fewer than 5"/);
    expect(tree).toMatch(/\n(\s+)L\b[^\n]*\n\1\s+LI\b[^\n]*\n\s+Lbl\b[\s\S]*?LBody[^\n]*\n\s+"Reliability"/);
    expect(tree).toMatch(/LBody[^\n]*\n\s+"Przystanek na ulicy Łódzkiej"/);
    // A quote in two font subsets is still one element with all its text.
    expect(tree).toMatch(/BlockQuote[^\n]*\n\s+"“Autobus z Łodzi się spóźnia”"/);
    expect((await renderReportPdf(report)).toString("latin1")).toContain("/Alt (Bar chart of the answers to the bus question.)");
  });

  it("embeds its fonts", async () => {
    const fonts = run("pdffonts", [await pdfFile()]).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/NotoSans\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});

describe("the DOCX", () => {
  it("uses Word's heading styles, header rows, a chart with alt text, and sets its title and language", async () => {
    const files = zipEntries(await renderReportDocx(report));
    const body = files.get("word/document.xml") ?? "";
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:pStyle w:val="Heading3"/>');
    expect(body).toContain("<w:tblHeader/>");
    expect(body).toContain('descr="Bar chart of the answers to the bus question."');
    expect([...files.keys()].some((name) => name.startsWith("word/charts/chart"))).toBe(true);
    expect(files.get("docProps/core.xml")).toContain("<dc:title>What you told us about buses</dc:title>");
    expect(files.get("word/styles.xml")).toContain('w:lang w:val="en-GB"');
    expect(files.get("word/styles.xml")).toMatch(/w:styleId="Heading2".*?<w:outlineLvl w:val="1"\/>/s);
  });
});
