import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { detectFileType, type FileKind, MAX_UPLOAD_BYTES } from "./file-type";
import { createLocalStore } from "./local-store";
import { createSupabaseStore } from "./supabase-store";
import type { FileStore } from "./types";

export {  MAX_UPLOAD_BYTES } from "./file-type";
;
export {  type FileStore } from "./types";

let configured: FileStore | null = null;

/** Supabase Storage when its URL and service key are set; otherwise local disk in UPLOAD_DIR. */
export function getFileStore(): FileStore {
  if (!configured) {
    configured =
      env.SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY
        ? createSupabaseStore({ url: env.SUPABASE_URL, serviceKey: env.SUPABASE_SERVICE_ROLE_KEY, bucket: env.SUPABASE_STORAGE_BUCKET })
        : createLocalStore(env.UPLOAD_DIR);
  }
  return configured;
}

export type StoredUpload = {
  /** Where the file lives in the store: `uploads/<yyyy>/<mm>/<uuid>.<ext>`. */
  key: string;
  kind: FileKind;
  /** The type read from the content, never the one the browser declared. */
  mime: string;
  size: number;
  /** The sender's file name, safe to show and to offer as a download name. */
  originalName: string;
};

export type UploadInput = { bytes: Uint8Array; declaredName: string };

/**
 * Checks an uploaded file (size, and type by content whatever its name says) and stores it under a
 * new key. Throws a ValidationError with a message for the person uploading when it is refused.
 * `store` and `now` are for tests; callers use the configured store.
 */
export async function storeUpload(input: UploadInput, options: { store?: FileStore; now?: Date } = {}): Promise<StoredUpload> {
  const { bytes } = input;
  if (bytes.byteLength === 0) throw new ValidationError("validation.upload.empty");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new ValidationError("validation.upload.tooLarge");

  const type = detectFileType(bytes);
  if (!type) throw new ValidationError("validation.upload.wrongType");

  const now = options.now ?? new Date();
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  const key = `uploads/${now.getUTCFullYear()}/${month}/${randomUUID()}.${type.extension}`;

  await (options.store ?? getFileStore()).put(key, bytes, type.mime);
  return { key, kind: type.kind, mime: type.mime, size: bytes.byteLength, originalName: sanitiseFileName(input.declaredName, type.extension) };
}

const MAX_NAME_LENGTH = 200;
// C0 and C1 controls, and the bidirectional overrides and isolates that can make "cod.exe" read "exe.doc".
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const EXTENSION_ALIASES: Record<string, string[]> = { jpg: ["jpg", "jpeg"] };

/**
 * The sender's name for the file, made safe to show and to offer as a download name: the last path
 * segment only (some browsers send `C:\fakepath\...`), control and direction characters removed, at
 * most 200 characters. When the name's extension is not the real type's, the real one is added, so a
 * PNG sent as `photo.exe` is offered back as `photo.exe.png`.
 */
export function sanitiseFileName(declaredName: string, extension: string): string {
  const base = declaredName.split(/[\\/]/).pop() ?? "";
  let name = base.normalize("NFC").replace(UNSAFE_CHARACTERS, "").trim();
  if (/^\.*$/.test(name)) name = "";

  const accepted = EXTENSION_ALIASES[extension] ?? [extension];
  const dot = name.lastIndexOf(".");
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const suffix = accepted.includes(current) ? "" : `.${extension}`;
  const stem = name === "" ? "file" : name;

  // Shorten by whole characters (never half a surrogate pair), keeping the extension at the end.
  const characters = Array.from(suffix ? stem : stem.slice(0, dot));
  const ending = suffix || stem.slice(dot);
  return characters.slice(0, MAX_NAME_LENGTH - Array.from(ending).length).join("").trimEnd() + ending;
}
