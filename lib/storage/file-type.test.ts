import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectFileType, FILE_TYPES, MAX_UPLOAD_BYTES } from "./file-type";

// --- real, minimal files, built here -----------------------------------------------------------------

const text = (value: string) => new TextEncoder().encode(value);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/** A one-page PDF with a correct cross-reference table. */
function tinyPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (char) => char.charCodeAt(0));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Little-endian fields, as ZIP writes them. */
function fields(...values: Array<[size: 2 | 4, value: number]>): Uint8Array {
  const out = new Uint8Array(values.reduce((total, [size]) => total + size, 0));
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const [size, value] of values) {
    if (size === 2) view.setUint16(offset, value, true);
    else view.setUint32(offset, value, true);
    offset += size;
  }
  return out;
}

/** A genuine ZIP archive: local headers, data, central directory and end record (STORED or DEFLATED). */
function zip(entries: Record<string, string>, method: "stored" | "deflated" = "stored"): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = text(name);
    const raw = text(content);
    const data = method === "deflated" ? new Uint8Array(deflateRawSync(raw)) : raw;
    const code = method === "deflated" ? 8 : 0;
    const crc = crc32(raw);
    // version, flags (bit 11: UTF-8 names), method, time, date, crc, sizes, name length, extra length
    const common = fields([2, 20], [2, 0x0800], [2, code], [2, 0], [2, 0x21], [4, crc], [4, data.length], [4, raw.length], [2, nameBytes.length], [2, 0]);
    const local = concat(fields([4, 0x04034b50]), common, nameBytes, data);
    centrals.push(concat(fields([4, 0x02014b50], [2, 20]), common, fields([2, 0], [2, 0], [2, 0], [4, 0], [4, offset]), nameBytes));
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(...centrals);
  const end = fields([4, 0x06054b50], [2, 0], [2, 0], [2, centrals.length], [2, centrals.length], [4, directory.length], [4, offset], [2, 0]);
  return concat(...locals, directory, end);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>`;
const rels = (target: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

const docxEntries = {
  "[Content_Types].xml": CONTENT_TYPES,
  "_rels/.rels": rels("word/document.xml"),
  "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>`,
};
const xlsxEntries = {
  "[Content_Types].xml": CONTENT_TYPES,
  "_rels/.rels": rels("xl/workbook.xml"),
  "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>`,
  "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
};

/** A PNG signature and IHDR chunk (1x1, 8-bit RGBA), as every PNG begins. */
const pngHeader = () =>
  Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89);
/** JPEG start of image and a JFIF APP0 segment. */
const jpegHeader = () => concat(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), text("JFIF\0"), Uint8Array.of(1, 1, 0, 0, 1, 0, 1, 0, 0), Uint8Array.of(0xff, 0xd9));

// --- tests -------------------------------------------------------------------------------------------

describe("detectFileType", () => {
  it("limits uploads to 10 MB", () => {
    expect(MAX_UPLOAD_BYTES).toBe(10_485_760);
  });

  it("recognises a PDF", () => {
    expect(detectFileType(tinyPdf())).toEqual({ kind: "pdf", mime: "application/pdf", extension: "pdf" });
  });

  it("recognises a PNG", () => {
    expect(detectFileType(pngHeader())).toEqual({ kind: "png", mime: "image/png", extension: "png" });
  });

  it("recognises a JPEG", () => {
    expect(detectFileType(jpegHeader())).toEqual({ kind: "jpeg", mime: "image/jpeg", extension: "jpg" });
  });

  it.each(["stored", "deflated"] as const)("tells a DOCX from an XLSX by the entries in the archive (%s)", (method) => {
    expect(detectFileType(zip(docxEntries, method))).toEqual(FILE_TYPES.docx);
    expect(detectFileType(zip(xlsxEntries, method))).toEqual(FILE_TYPES.xlsx);
    expect(FILE_TYPES.docx.mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(FILE_TYPES.xlsx.mime).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });

  it("reads a DOCX from a view into a larger buffer (as Node hands out Buffers)", () => {
    const docx = zip(docxEntries);
    const padded = concat(text("junk before"), docx, text("after"));
    expect(detectFileType(padded.subarray(11, 11 + docx.length))).toEqual(FILE_TYPES.docx);
  });

  it("finds the directory past an archive comment", () => {
    const docx = zip(docxEntries);
    const comment = text("made by a test");
    const withComment = concat(docx.subarray(0, docx.length - 2), fields([2, comment.length]), comment);
    expect(detectFileType(withComment)).toEqual(FILE_TYPES.docx);
  });

  it.each([
    ["a ZIP of other files", zip({ "readme.txt": "hello", "data/file.csv": "a,b" })],
    ["a ZIP with word/ but no [Content_Types].xml", zip({ "word/document.xml": "<w:document/>" })],
    ["a ZIP claiming to be both", zip({ ...docxEntries, ...xlsxEntries })],
    ["a macro-enabled Word file (.docm)", zip({ ...docxEntries, "word/vbaProject.bin": "VBA" })],
    ["a macro-enabled workbook (.xlsm)", zip({ ...xlsxEntries, "xl/vbaProject.bin": "VBA" })],
    ["a truncated DOCX (no central directory)", zip(docxEntries).subarray(0, 120)],
    ["an empty ZIP", fields([4, 0x06054b50], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, 0], [2, 0])],
  ])("refuses %s", (_label, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });

  it("refuses a ZIP whose directory points past its end", () => {
    const docx = zip(docxEntries);
    const broken = docx.slice();
    new DataView(broken.buffer).setUint32(broken.length - 6, docx.length, true); // central directory offset
    expect(detectFileType(broken)).toBeNull();
  });

  it.each([
    ["a Windows executable renamed .pdf", concat(text("MZ"), new Uint8Array(62), text("This program cannot be run in DOS mode."))],
    ["an ELF binary", concat(Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1), new Uint8Array(57))],
    ["HTML renamed .png", text("<!DOCTYPE html><html><script>alert(1)</script></html>")],
    ["SVG renamed .jpg", text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')],
    ["SVG with an XML declaration", text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["plain text renamed .docx", text("Meeting notes for the consultation\n")],
    ["text that mentions %PDF- later", text("see %PDF-1.4 ... %%EOF")],
    ["a PDF header with no end (a fragment)", text("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")],
    ["a PNG signature without IHDR", Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0)],
    ["a GIF", text("GIF89a\u0001\u0000\u0001\u0000")],
    ["a lone JPEG start marker", Uint8Array.of(0xff, 0xd8)],
    ["nothing", new Uint8Array(0)],
  ])("refuses %s", (_label, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });
});
