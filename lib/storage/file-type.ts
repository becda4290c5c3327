/**
 * What an uploaded file really is, read from its bytes: the name and the browser's declared type are
 * whatever the sender chose, so neither is trusted. Only the kinds officers may attach to a topic are
 * recognised; anything else (executables, HTML, SVG, plain text, macro-enabled Office files, other
 * archives) is `null`.
 *
 * Hand-written rather than a library: `file-type` (the well-kept one) is async-only, its current
 * major needs Node 22, and it knows hundreds of kinds we would then have to filter. The five kinds
 * here need a few signature checks and a read of a ZIP's central directory.
 *
 * Pure and dependency-free, so it can run in the browser too (to warn before an upload starts).
 */

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type FileKind = "pdf" | "docx" | "xlsx" | "png" | "jpeg";

export type DetectedFileType = { kind: FileKind; mime: string; extension: string };

export const FILE_TYPES: Readonly<Record<FileKind, DetectedFileType>> = {
  pdf: { kind: "pdf", mime: "application/pdf", extension: "pdf" },
  docx: { kind: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { kind: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  png: { kind: "png", mime: "image/png", extension: "png" },
  jpeg: { kind: "jpeg", mime: "image/jpeg", extension: "jpg" },
};

export function detectFileType(bytes: Uint8Array): DetectedFileType | null {
  if (isPdf(bytes)) return FILE_TYPES.pdf;
  if (isPng(bytes)) return FILE_TYPES.png;
  if (isJpeg(bytes)) return FILE_TYPES.jpeg;
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) {
    const kind = officeKind(bytes);
    return kind ? FILE_TYPES[kind] : null;
  }
  return null;
}

// --- signatures ------------------------------------------------------------------------------------

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

const PDF_HEADER = ascii("%PDF-");
const PDF_END = ascii("%%EOF");
const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const PNG_IHDR = Uint8Array.of(0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52); // length 13, "IHDR"
const ZIP_LOCAL_HEADER = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);

function startsWith(bytes: Uint8Array, prefix: Uint8Array, offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  for (let index = Math.max(0, from); index <= bytes.length - needle.length; index++) {
    if (startsWith(bytes, needle, index)) return index;
  }
  return -1;
}

/** `%PDF-1.x`/`%PDF-2.x` first, and the `%%EOF` marker in the last KiB (a whole file, not a fragment). */
function isPdf(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, PDF_HEADER)) return false;
  const major = bytes[PDF_HEADER.length];
  if (major !== 0x31 && major !== 0x32) return false; // "1" or "2"
  return indexOf(bytes, PDF_END, bytes.length - 1024) !== -1;
}

/** The signature followed by the IHDR chunk, which the format requires first. */
function isPng(bytes: Uint8Array): boolean {
  return startsWith(bytes, PNG_SIGNATURE) && startsWith(bytes, PNG_IHDR, PNG_SIGNATURE.length);
}

/** SOI (FF D8) then the start of a marker segment (FF, then a marker code such as APP0 E0 or DQT DB). */
function isJpeg(bytes: Uint8Array): boolean {
  const marker = bytes[3];
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff && marker !== undefined && marker >= 0xc0 && marker <= 0xfe;
}

// --- Office Open XML (DOCX, XLSX) --------------------------------------------------------------------

/**
 * DOCX and XLSX are ZIP packages: `[Content_Types].xml` at the root, and the main part at
 * `word/document.xml` or `xl/workbook.xml`. A package with VBA (`.docm`, `.xlsm`) is refused, as is
 * one that claims to be both, or any other ZIP.
 */
function officeKind(bytes: Uint8Array): "docx" | "xlsx" | null {
  const names = zipEntryNames(bytes);
  if (!names) return null;
  const lower = new Set(names.map((name) => name.toLowerCase()));
  if (!lower.has("[content_types].xml")) return null;
  for (const name of lower) {
    if (name.endsWith("vbaproject.bin")) return null;
  }
  const word = lower.has("word/document.xml");
  const excel = lower.has("xl/workbook.xml");
  if (word === excel) return null;
  return word ? "docx" : "xlsx";
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

type CentralDirectory = { offset: number; entries: number };

/**
 * The entry names in a ZIP's central directory (the archive's own index, at its end), or null if the
 * bytes are not a well-formed ZIP. Nothing is decompressed.
 */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = findCentralDirectory(view);
  if (!directory) return null;

  const names: string[] = [];
  const decoder = new TextDecoder("utf-8");
  let position = directory.offset;
  for (let entry = 0; entry < directory.entries; entry++) {
    if (position + 46 > view.byteLength || view.getUint32(position, true) !== CENTRAL_HEADER_SIGNATURE) return null;
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const nameStart = position + 46;
    if (nameStart + nameLength > view.byteLength) return null;
    names.push(decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)));
    position = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}

function findCentralDirectory(view: DataView): CentralDirectory | null {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    const commentLength = view.getUint16(at + 20, true);
    if (at + EOCD_SIZE + commentLength > view.byteLength) continue; // a stray signature inside the comment
    const entries = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return findZip64CentralDirectory(view, at);
    return withinBounds(view, { offset, entries }, size);
  }
  return null;
}

/** ZIP64 archives keep the real counts in a second record, found through a locator just before the EOCD. */
function findZip64CentralDirectory(view: DataView, eocdAt: number): CentralDirectory | null {
  const locatorAt = eocdAt - 20;
  if (locatorAt < 0 || view.getUint32(locatorAt, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const recordAt = toSafeNumber(view.getBigUint64(locatorAt + 8, true));
  if (recordAt === null || recordAt + 56 > view.byteLength || view.getUint32(recordAt, true) !== ZIP64_EOCD_SIGNATURE) return null;
  const entries = toSafeNumber(view.getBigUint64(recordAt + 32, true));
  const size = toSafeNumber(view.getBigUint64(recordAt + 40, true));
  const offset = toSafeNumber(view.getBigUint64(recordAt + 48, true));
  if (entries === null || size === null || offset === null) return null;
  return withinBounds(view, { offset, entries }, size);
}

function withinBounds(view: DataView, directory: CentralDirectory, size: number): CentralDirectory | null {
  if (directory.entries === 0 || directory.offset + size > view.byteLength) return null;
  // Each central header is at least 46 bytes: a count the directory cannot hold is a corrupt archive.
  if (directory.entries * 46 > size) return null;
  return directory;
}

function toSafeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}
