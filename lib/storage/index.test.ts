import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "@/lib/errors";
import { unreachableUrl } from "@/tests/support/fake-resend";
import { MAX_UPLOAD_BYTES, sanitiseFileName, storeUpload } from "./index";
import type { FileStore } from "./types";
import { en } from "@/tests/support/messages";

/** A PNG signature and IHDR chunk (1x1 RGBA), padded to `size` bytes. */
function png(size = 33): Uint8Array {
  const header = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89);
  const bytes = new Uint8Array(Math.max(size, header.length));
  bytes.set(header);
  return bytes;
}
const pdf = () => new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/** A store that keeps what it is given, to see what storeUpload asked of it. */
function memoryStore() {
  const puts: Array<{ key: string; bytes: Uint8Array; contentType: string }> = [];
  const store: FileStore = {
    async put(key, bytes, contentType) {
      puts.push({ key, bytes, contentType });
    },
    read: async (key) => puts.find((put) => put.key === key)?.bytes ?? null,
    signedUrl: async () => null,
    remove: async () => undefined,
    ping: async () => undefined,
  };
  return { store, puts };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error instanceof ValidationError ? en(error.userMessage) : "";
};

describe("storeUpload", () => {
  it("stores a PNG under uploads/<yyyy>/<mm>/<uuid>.png with its type read from the content", async () => {
    const { store, puts } = memoryStore();
    const bytes = png(100);

    const stored = await storeUpload({ bytes, declaredName: "Site plan.png" }, { store, now: new Date("2026-03-05T10:00:00Z") });

    expect(stored).toEqual({
      key: expect.stringMatching(/^uploads\/2026\/03\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.png$/),
      kind: "png",
      mime: "image/png",
      size: 100,
      originalName: "Site plan.png",
    });
    expect(puts).toEqual([{ key: stored.key, bytes, contentType: "image/png" }]);
  });

  it("gives every upload its own key", async () => {
    const { store } = memoryStore();
    const first = await storeUpload({ bytes: png(), declaredName: "a.png" }, { store });
    const second = await storeUpload({ bytes: png(), declaredName: "a.png" }, { store });
    expect(first.key).not.toBe(second.key);
  });

  it("trusts the content over the name: a PDF called .png is stored as a PDF", async () => {
    const { store, puts } = memoryStore();
    const stored = await storeUpload({ bytes: pdf(), declaredName: "scan.png" }, { store, now: new Date("2026-12-31T23:59:59Z") });
    expect(stored.key).toMatch(/^uploads\/2026\/12\/[0-9a-f-]{36}\.pdf$/);
    expect(stored).toMatchObject({ kind: "pdf", mime: "application/pdf", originalName: "scan.png.pdf" });
    expect(puts[0]?.contentType).toBe("application/pdf");
  });

  it("accepts a file of exactly 10 MB", async () => {
    const { store } = memoryStore();
    await expect(storeUpload({ bytes: png(MAX_UPLOAD_BYTES), declaredName: "big.png" }, { store })).resolves.toMatchObject({ size: MAX_UPLOAD_BYTES });
  });

  it("refuses a file over 10 MB", async () => {
    const { store, puts } = memoryStore();
    expect(await refusal(storeUpload({ bytes: png(MAX_UPLOAD_BYTES + 1), declaredName: "huge.png" }, { store }))).toBe("The file must be 10 MB or smaller.");
    expect(puts).toHaveLength(0);
  });

  it("refuses an empty file", async () => {
    const { store, puts } = memoryStore();
    expect(await refusal(storeUpload({ bytes: new Uint8Array(0), declaredName: "empty.pdf" }, { store }))).toBe("The file is empty.");
    expect(puts).toHaveLength(0);
  });

  it.each([
    ["report.pdf", new TextEncoder().encode("<!DOCTYPE html><html><body>not a pdf</body></html>")],
    ["logo.png", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["setup.docx", Uint8Array.of(0x4d, 0x5a, 0x90, 0x00, 0x03)],
    ["notes.txt", new TextEncoder().encode("just text")],
  ])("refuses %s whose content is not an allowed type, naming the allowed types", async (declaredName, bytes) => {
    const { store, puts } = memoryStore();
    expect(await refusal(storeUpload({ bytes, declaredName }, { store }))).toBe("The file must be a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG.");
    expect(puts).toHaveLength(0);
  });

  it("passes on a failure of the store", async () => {
    const { store } = memoryStore();
    const failing: FileStore = { ...store, put: async () => Promise.reject(new Error("disk full")) };
    await expect(storeUpload({ bytes: png(), declaredName: "a.png" }, { store: failing })).rejects.toThrow("disk full");
  });
});

describe("sanitiseFileName", () => {
  it.each([
    ["plan.pdf", "pdf", "plan.pdf"],
    ["Plan.PDF", "pdf", "Plan.PDF"],
    ["C:\\fakepath\\Budget 2026.xlsx", "xlsx", "Budget 2026.xlsx"],
    ["../../etc/passwd.png", "png", "passwd.png"],
    ["photo.jpeg", "jpg", "photo.jpeg"],
    ["photo.JPG", "jpg", "photo.JPG"],
    ["malware.exe", "pdf", "malware.exe.pdf"],
    ["no-extension", "docx", "no-extension.docx"],
    ["line\nbreak\u0000and\u0007bell.pdf", "pdf", "linebreakandbell.pdf"],
    ["invoice\u202Efdp.exe", "pdf", "invoicefdp.exe.pdf"],
    ["  spaced out.png  ", "png", "spaced out.png"],
    ["", "png", "file.png"],
    ["..", "png", "file.png"],
    ["folder/", "pdf", "file.pdf"],
    ["\u0000\u0001", "pdf", "file.pdf"],
    ["Cafe\u0301.pdf", "pdf", "Caf\u00e9.pdf"],
  ])("%j as a %s becomes %j", (declared, extension, expected) => {
    expect(sanitiseFileName(declared, extension)).toBe(expected);
  });

  it("keeps at most 200 characters, and the extension", () => {
    const name = sanitiseFileName(`${"a".repeat(300)}.docx`, "docx");
    expect(name).toHaveLength(200);
    expect(name).toBe(`${"a".repeat(195)}.docx`);
  });

  it("never cuts a character in half", () => {
    const name = sanitiseFileName(`${"\u{1F4C4}".repeat(250)}.pdf`, "pdf");
    expect(Array.from(name)).toHaveLength(200);
    expect(name).toBe(`${"\u{1F4C4}".repeat(196)}.pdf`);
  });
});

describe("getFileStore", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "lets-talk-uploads-"));
    vi.resetModules();
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it("uses local disk in UPLOAD_DIR when Supabase is not configured", async () => {
    vi.stubEnv("UPLOAD_DIR", dir);
    vi.stubEnv("SUPABASE_URL", "");
    vi.stubEnv("SUPABASE_SERVICE_ROLE_KEY", "");
    const storage = await import("./index");

    const stored = await storage.storeUpload({ bytes: png(), declaredName: "a.png" });

    expect(Array.from(await readFile(path.join(dir, ...stored.key.split("/"))))).toEqual(Array.from(png()));
    expect(await storage.getFileStore().signedUrl(stored.key, 60)).toBeNull();
    expect(storage.getFileStore()).toBe(storage.getFileStore());
  });

  it("uses Supabase Storage when its URL and service key are set", async () => {
    vi.stubEnv("UPLOAD_DIR", dir);
    vi.stubEnv("SUPABASE_URL", await unreachableUrl());
    vi.stubEnv("SUPABASE_SERVICE_ROLE_KEY", "test-service-role-key-0123456789");
    const storage = await import("./index");

    // Nothing listens there, so the Supabase driver reports it; local disk would have answered null.
    await expect(storage.getFileStore().signedUrl("uploads/a.png", 60)).rejects.toThrow(/^Supabase Storage could not sign a URL for "uploads\/a.png" in bucket "uploads"/);
  });
});
