import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLocalStore } from "./local-store";
import { isValidStorageKey } from "./types";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "lets-talk-store-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("createLocalStore", () => {
  it("stores, reads back and removes a file, creating its folders", async () => {
    const store = createLocalStore(path.join(root, "uploads-root"));
    const content = bytes(0, 1, 2, 250, 255);
    await store.put("uploads/2026/11/abc-123.pdf", content, "application/pdf");

    expect(await readFile(path.join(root, "uploads-root", "uploads", "2026", "11", "abc-123.pdf"))).toEqual(Buffer.from(content));
    const read = await store.read("uploads/2026/11/abc-123.pdf");
    expect(read).toBeInstanceOf(Uint8Array);
    expect(Array.from(read ?? [])).toEqual([0, 1, 2, 250, 255]);

    await store.remove("uploads/2026/11/abc-123.pdf");
    expect(await store.read("uploads/2026/11/abc-123.pdf")).toBeNull();
  });

  it("leaves no temp file behind", async () => {
    const store = createLocalStore(root);
    await store.put("uploads/a.png", bytes(1, 2, 3), "image/png");
    expect(await readdir(path.join(root, "uploads"))).toEqual(["a.png"]);
  });

  it("never overwrites a stored file", async () => {
    const store = createLocalStore(root);
    await store.put("uploads/a.png", bytes(1), "image/png");
    await expect(store.put("uploads/a.png", bytes(2), "image/png")).rejects.toThrow(/already stored/);
    expect(Array.from((await store.read("uploads/a.png")) ?? [])).toEqual([1]);
  });

  it("reads a missing key as null, including under a path that is a file", async () => {
    const store = createLocalStore(root);
    expect(await store.read("uploads/missing.pdf")).toBeNull();
    await store.put("uploads/a.png", bytes(1), "image/png");
    expect(await store.read("uploads/a.png/inside.pdf")).toBeNull();
  });

  it("answers the health check: creates its folder, and fails where it cannot write", async () => {
    await expect(createLocalStore(path.join(root, "new", "uploads")).ping()).resolves.toBeUndefined();
    expect(await readdir(path.join(root, "new"))).toEqual(["uploads"]);
    await writeFile(path.join(root, "a-file"), "not a folder");
    await expect(createLocalStore(path.join(root, "a-file", "uploads")).ping()).rejects.toThrow();
  });

  it("removes a missing key without complaint", async () => {
    await expect(createLocalStore(root).remove("uploads/never-stored.pdf")).resolves.toBeUndefined();
  });

  it("has no signed URLs: the app serves files itself", async () => {
    const store = createLocalStore(root);
    await store.put("uploads/a.png", bytes(1), "image/png");
    expect(await store.signedUrl("uploads/a.png", 60)).toBeNull();
  });

  it("accepts a relative root folder", async () => {
    const relative = path.relative(process.cwd(), root);
    const store = createLocalStore(relative);
    await store.put("uploads/rel.pdf", bytes(7), "application/pdf");
    expect(Array.from((await readFile(path.join(root, "uploads", "rel.pdf"))).values())).toEqual([7]);
  });

  const badKeys = [
    "../escape.pdf",
    "uploads/../../escape.pdf",
    "uploads/..",
    "..",
    "uploads/./a.pdf",
    ".",
    "/etc/passwd",
    "/tmp/a.pdf",
    "C:/windows/a.pdf",
    "uploads\\..\\a.pdf",
    "uploads//a.pdf",
    "uploads/",
    "",
    "Uploads/A.PDF",
    "uploads/a b.pdf",
    "uploads/a.pdf\u0000.png",
    "uploads/%2e%2e/a.pdf",
    "uploads/caf\u00e9.pdf",
    `uploads/${"a".repeat(600)}.pdf`,
  ];

  it.each(badKeys)("refuses the key %j for every operation", async (key) => {
    expect(isValidStorageKey(key)).toBe(false);
    const store = createLocalStore(path.join(root, "inner"));
    await expect(store.put(key, bytes(1), "application/pdf")).rejects.toThrow(/Invalid storage key/);
    await expect(store.read(key)).rejects.toThrow(/Invalid storage key/);
    await expect(store.signedUrl(key, 60)).rejects.toThrow(/Invalid storage key/);
    await expect(store.remove(key)).rejects.toThrow(/Invalid storage key/);
  });

  it("cannot be steered at a file outside its folder", async () => {
    await writeFile(path.join(root, "secret.txt"), "do not read");
    const store = createLocalStore(path.join(root, "inner"));
    await expect(store.read("../secret.txt")).rejects.toThrow(/Invalid storage key/);
    await expect(store.remove("../secret.txt")).rejects.toThrow(/Invalid storage key/);
    expect(await readFile(path.join(root, "secret.txt"), "utf8")).toBe("do not read");
  });

  it.each(["uploads/2026/11/0b7c4f3e-5a7d-4d0e-9a41-2f6a1c3e9b10.docx", "a", "a.b_c-d/e"])("accepts the key %j", (key) => {
    expect(isValidStorageKey(key)).toBe(true);
  });
});
